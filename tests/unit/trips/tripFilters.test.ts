import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterCountLabel, groupCountLabel, matchesTripFilter } from '../../../src/lib/trips/tripFilters.ts';
import { modeFilterValues, tripFilterOptions } from '../../../src/lib/trips/tripFilterOptions.ts';

const byTrain = { leader: 'kim-jong-un', modeFilterValues: modeFilterValues('train'), countries: ['RU'] };
const byTrainAndAir = {
  leader: 'kim-il-sung',
  modeFilterValues: modeFilterValues('train-and-plane'),
  countries: ['CN', 'VN'],
};

describe('matchesTripFilter', () => {
  it('shows every trip when nothing is chosen', () => {
    expect(matchesTripFilter(byTrain, NO_FILTER)).toBe(true);
    expect(matchesTripFilter(byTrainAndAir, NO_FILTER)).toBe(true);
  });

  it('keeps only the chosen leader', () => {
    expect(matchesTripFilter(byTrain, { ...NO_FILTER, leader: 'kim-jong-un' })).toBe(true);
    expect(matchesTripFilter(byTrainAndAir, { ...NO_FILTER, leader: 'kim-jong-un' })).toBe(false);
  });

  it('counts a trip made by train and by air under both', () => {
    expect(matchesTripFilter(byTrainAndAir, { ...NO_FILTER, mode: 'train' })).toBe(true);
    expect(matchesTripFilter(byTrainAndAir, { ...NO_FILTER, mode: 'plane' })).toBe(true);
    expect(matchesTripFilter(byTrain, { ...NO_FILTER, mode: 'plane' })).toBe(false);
  });

  it('needs both the leader and the mode to match when both are chosen', () => {
    expect(matchesTripFilter(byTrain, { ...NO_FILTER, leader: 'kim-jong-un', mode: 'plane' })).toBe(false);
    expect(matchesTripFilter(byTrain, { ...NO_FILTER, leader: 'kim-jong-un', mode: 'train' })).toBe(true);
  });
});

describe('matchesTripFilter by country', () => {
  it('keeps a trip that visited the chosen country among others', () => {
    expect(matchesTripFilter(byTrainAndAir, { ...NO_FILTER, country: 'VN' })).toBe(true);
    expect(matchesTripFilter(byTrainAndAir, { ...NO_FILTER, country: 'CN' })).toBe(true);
    expect(matchesTripFilter(byTrain, { ...NO_FILTER, country: 'VN' })).toBe(false);
  });

  it('hides a trip that left no country outside North Korea once a country is chosen', () => {
    const athome = { ...byTrain, countries: [] };
    expect(matchesTripFilter(athome, NO_FILTER)).toBe(true);
    expect(matchesTripFilter(athome, { ...NO_FILTER, country: 'RU' })).toBe(false);
  });
});

describe('tripFilterOptions', () => {
  it('offers only the countries some trip visited, by name in alphabetical order', () => {
    const options = tripFilterOptions([
      { leader: 'kim-jong-un', leaderName: 'Kim Jong Un', mode: 'train', countries: ['RU', 'CN'] },
      { leader: 'kim-il-sung', leaderName: 'Kim Il Sung', mode: 'train', countries: ['VN', 'CN'] },
      { leader: 'kim-il-sung', leaderName: 'Kim Il Sung', mode: 'train', countries: [] },
    ]);
    expect(options.countries).toEqual([
      { value: 'CN', label: 'China' },
      { value: 'RU', label: 'Russia' },
      { value: 'VN', label: 'Vietnam' },
    ]);
  });

  it('offers only leaders and modes that some trip has: leaders in the order of their first trip, modes in a fixed order', () => {
    const options = tripFilterOptions([
      { leader: 'a-later-leader', leaderName: 'A Later Leader', mode: 'unknown' },
      { leader: 'an-earlier-leader', leaderName: 'An Earlier Leader', mode: 'train-and-plane' },
      { leader: 'a-later-leader', leaderName: 'A Later Leader', mode: 'train' },
    ]);
    expect(options.leaders).toEqual([
      { value: 'a-later-leader', label: 'A Later Leader' },
      { value: 'an-earlier-leader', label: 'An Earlier Leader' },
    ]);
    expect(options.modes.map((option) => option.value)).toEqual(['train', 'plane', 'unknown']);
  });
});

describe('filterCountLabel', () => {
  it('says when nothing is hidden and counts in words that agree', () => {
    expect(filterCountLabel(3, 3)).toBe('Showing all 3 trips.');
    expect(filterCountLabel(1, 3)).toBe('Showing 1 of 3 trips.');
    expect(filterCountLabel(1, 1)).toBe('Showing all 1 trip.');
  });
});

describe('groupCountLabel', () => {
  it("gives the group's size, or what the filters leave of it", () => {
    expect(groupCountLabel(7, 7)).toBe('7 trips');
    expect(groupCountLabel(1, 1)).toBe('1 trip');
    expect(groupCountLabel(2, 7)).toBe('2 of 7 trips');
    expect(groupCountLabel(0, 1)).toBe('0 of 1 trip');
  });
});
