import { describe, expect, it } from 'vitest';
import { dateAdvice, dateProblem } from '../../../src/lib/dates/dateAdvice.ts';

describe('dateAdvice', () => {
  it('gives the ISO form when there is only one reading', () => {
    expect(dateAdvice('2026-12-1')).toContain('Write "2026-12-01"');
    expect(dateAdvice('1 December 2026')).toContain('Write "2026-12-01"');
    expect(dateAdvice('December 1, 2026')).toContain('Write "2026-12-01"');
    expect(dateAdvice('April 2019')).toContain('Write "2019-04"');
    expect(dateAdvice('13/12/2026')).toContain('Write "2026-12-13"');
  });

  it('asks the editor to choose when a date has two readings', () => {
    const advice = dateAdvice('01/12/2026');
    expect(advice).toContain('"2026-12-01" for 1 December');
    expect(advice).toContain('"2026-01-12" for 12 January');
  });

  it('says why a day does not exist', () => {
    expect(dateProblem('2011-02-30')).toMatch(/^"2011-02-30" is not a real date\. February 2011 has 28 days/);
    expect(dateProblem('2024-02-30')).toContain('February 2024 has 29 days');
  });

  it('drops a time of day', () => {
    expect(dateAdvice('2023-09-12T01:00:00+09:00')).toContain('"2023-09-12"');
  });
});
