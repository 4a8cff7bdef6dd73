import { describe, expect, it } from 'vitest';
import {
  changeText,
  lastModified,
  pageChanges,
  siteChanges,
  type ChangeInput,
} from '../../../src/lib/changes/pageChanges.ts';
import { tripSchema } from '../../../src/lib/content/schemas.ts';
import { VALID_TRIP } from '../../support/contentFixtures.ts';
import { dayDate as day } from '../../support/dates.ts';
const change = (iso: string, what: string, kind: ChangeInput['kind'] = 'correction'): ChangeInput => ({
  date: day(iso),
  kind,
  what,
  why: `Because of ${what}.`,
});

describe('pageChanges', () => {
  it('lists changes newest first, keeping the written order within a day', () => {
    const listed = pageChanges([change('2024-01-05', 'a'), change('2025-03-01', 'b'), change('2024-01-05', 'c')]);
    expect(listed.map((entry) => entry.what)).toEqual(['b', 'a', 'c']);
  });

  it('gives each change an anchor of its day, numbered when a day has several', () => {
    const listed = pageChanges([change('2024-01-05', 'a'), change('2024-01-05', 'b'), change('2025-03-01', 'c')]);
    expect(Object.fromEntries(listed.map((entry) => [entry.what, entry.anchor]))).toEqual({
      a: 'change-2024-01-05',
      b: 'change-2024-01-05-2',
      c: 'change-2025-03-01',
    });
  });

  it('labels the kind and the date for readers', () => {
    const [listed] = pageChanges([change('2024-01-05', 'a', 'update')]);
    expect(listed).toMatchObject({ kindLabel: 'Update', dateLabel: '5 January 2024', iso: '2024-01-05' });
  });
});

describe('siteChanges', () => {
  it('joins every page newest first, each pointing at its change on its page', () => {
    const listed = siteChanges([
      { title: 'One', path: '/one/', changes: [change('2024-01-05', 'a')] },
      { title: 'Two', path: '/two/', changes: [change('2025-03-01', 'b'), change('2024-01-05', 'c')] },
    ]);
    expect(listed.map((entry) => [entry.what, entry.href])).toEqual([
      ['b', '/two/#change-2025-03-01'],
      ['a', '/one/#change-2024-01-05'],
      ['c', '/two/#change-2024-01-05'],
    ]);
  });
});

describe('lastModified', () => {
  it('takes the latest of the changes and the dates given', () => {
    expect(lastModified([change('2024-01-05', 'a')], day('2023-09-12'))).toEqual(day('2024-01-05'));
    expect(lastModified([change('2024-01-05', 'a')], day('2026-01-01'))).toEqual(day('2026-01-01'));
    expect(lastModified([change('2024-01-05', 'a')], day('2023-09-12'), day('2024-02-01'))).toEqual(day('2024-02-01'));
    expect(lastModified([], day('2023-09-12'), undefined)).toEqual(day('2023-09-12'));
  });
});

describe('changeText', () => {
  it('says what changed, then why', () => {
    expect(changeText({ what: 'X was fixed.', why: 'Y shows it.' })).toBe('X was fixed. Why: Y shows it.');
  });
});

describe('the changes field', () => {
  const entry = {
    date: '2026-12-01',
    kind: 'correction',
    what: 'The trip is dated to 2019 and ends by car.',
    why: 'Reports from 2019 show the last stretch by road.',
  };

  it('is empty when a trip has none, and reads a date written in quotes', () => {
    const schema = tripSchema();
    expect(schema.parse(VALID_TRIP).changes).toEqual([]);
    expect(schema.parse({ ...VALID_TRIP, changes: [entry] }).changes[0]!.date).toEqual(day('2026-12-01'));
  });

  it('explains a kind that is neither correction nor update', () => {
    const result = tripSchema().safeParse({ ...VALID_TRIP, changes: [{ ...entry, kind: 'erratum' }] });
    expect(result.error?.issues[0]?.message).toBe('kind must be one of: correction, update.');
    expect(result.error?.issues[0]?.path).toEqual(['changes', 0, 'kind']);
  });

  it('asks for why a change was made', () => {
    const { why: _why, ...withoutWhy } = entry;
    expect(tripSchema().safeParse({ ...VALID_TRIP, changes: [withoutWhy] }).success).toBe(false);
  });
});
