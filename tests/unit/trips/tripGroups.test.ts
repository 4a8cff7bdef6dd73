import { describe, expect, it } from 'vitest';
import { groupTripsByLeader } from '../../../src/lib/trips/tripGroups.ts';

const trip = (slug: string, leader: string) => ({ slug, leader, leaderName: `Name of ${leader}` });

describe('groupTripsByLeader', () => {
  it('makes one group per leader, in the order the trips come, each with its trips in order', () => {
    const groups = groupTripsByLeader([
      trip('a1', 'a'),
      trip('a2', 'a'),
      trip('b1', 'b'),
      trip('c1', 'c'),
      trip('c2', 'c'),
    ]);
    expect(groups.map((group) => [group.key, group.label, group.trips.map((each) => each.slug)])).toEqual([
      ['a', 'Name of a', ['a1', 'a2']],
      ['b', 'Name of b', ['b1']],
      ['c', 'Name of c', ['c1', 'c2']],
    ]);
  });

  it('keeps time order when a leader comes back after another leader, with a second group', () => {
    const groups = groupTripsByLeader([trip('a1', 'a'), trip('b1', 'b'), trip('a2', 'a')]);
    expect(groups.flatMap((group) => group.trips.map((each) => each.slug))).toEqual(['a1', 'b1', 'a2']);
    expect(groups.map((group) => group.key)).toEqual(['a', 'b', 'a']);
  });

  it('makes no group of an empty list', () => {
    expect(groupTripsByLeader([])).toEqual([]);
  });
});
