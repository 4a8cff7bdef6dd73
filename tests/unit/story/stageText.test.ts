import { describe, expect, it } from 'vitest';
import { stageAnnouncement, stageDateLabel } from '../../../src/lib/story/stageText.ts';
import { partialDate } from '../../support/dates.ts';

const label = (start: string, end?: string) =>
  stageDateLabel(partialDate(start), end === undefined ? undefined : partialDate(end));

describe('stageDateLabel', () => {
  it('gives a single day as it is', () => {
    expect(label('2023-09-10')).toBe('10 September 2023');
    expect(label('2023-09-10', '2023-09-10')).toBe('10 September 2023');
  });

  it('joins days of one month with a dash, the month and year said once', () => {
    expect(label('2023-09-12', '2023-09-13')).toBe('12–13 September 2023');
  });

  it('names both months across a month, and both years across a year', () => {
    expect(label('2023-09-30', '2023-10-02')).toBe('30 September – 2 October 2023');
    expect(label('2001-12-31', '2002-01-01')).toBe('31 December 2001 – 1 January 2002');
  });

  it('keeps a vaguer date as vague as the source', () => {
    expect(label('2001-07', '2001-08')).toBe('July 2001 – August 2001');
  });
});

describe('stageAnnouncement', () => {
  it('says where the reader is in the story, what the stage is and when', () => {
    expect(stageAnnouncement(2, 7, 'North to the cosmodrome', '12–13 September 2023')).toBe(
      'Stage 3 of 7: North to the cosmodrome, 12–13 September 2023',
    );
  });
});
