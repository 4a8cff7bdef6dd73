import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterCountLabel, matchesTripFilter } from '../../src/lib/trips/tripFilters.ts';
import { modeFilterValues, tripFilterOptions } from '../../src/lib/trips/tripFilterOptions.ts';

const byTrain = { leader: 'kim-jong-un', modeFilterValues: modeFilterValues('train') };
const byTrainAndAir = { leader: 'kim-il-sung', modeFilterValues: modeFilterValues('train-and-plane') };

describe('matchesTripFilter', () => {
  it('shows every trip when nothing is chosen', () => {
    expect(matchesTripFilter(byTrain, NO_FILTER)).toBe(true);
    expect(matchesTripFilter(byTrainAndAir, NO_FILTER)).toBe(true);
  });

  it('keeps only the chosen leader', () => {
    expect(matchesTripFilter(byTrain, { leader: 'kim-jong-un', mode: null })).toBe(true);
    expect(matchesTripFilter(byTrainAndAir, { leader: 'kim-jong-un', mode: null })).toBe(false);
  });

  it('counts a trip made by train and by air under both', () => {
    expect(matchesTripFilter(byTrainAndAir, { leader: null, mode: 'train' })).toBe(true);
    expect(matchesTripFilter(byTrainAndAir, { leader: null, mode: 'plane' })).toBe(true);
    expect(matchesTripFilter(byTrain, { leader: null, mode: 'plane' })).toBe(false);
  });

  it('needs both the leader and the mode to match when both are chosen', () => {
    expect(matchesTripFilter(byTrain, { leader: 'kim-jong-un', mode: 'plane' })).toBe(false);
    expect(matchesTripFilter(byTrain, { leader: 'kim-jong-un', mode: 'train' })).toBe(true);
  });
});

describe('tripFilterOptions', () => {
  it('offers only leaders and modes that some trip has, in a fixed order', () => {
    const options = tripFilterOptions([
      { leader: 'kim-jong-un', mode: 'unknown' },
      { leader: 'kim-il-sung', mode: 'train-and-plane' },
    ]);
    expect(options.leaders).toEqual([
      { value: 'kim-il-sung', label: 'Kim Il Sung' },
      { value: 'kim-jong-un', label: 'Kim Jong Un' },
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
