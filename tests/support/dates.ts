/**
 * Dates as the content schemas read them, for tests that hand a module its dates directly
 * rather than through a content file.
 */
import { parsePartialDate, type DayDate, type PartialDate } from '../../src/lib/dates/partialDate.ts';

/** "2019-04" read as the schema reads it; a date the schema would refuse fails the test. */
export function partialDate(text: string): PartialDate {
  const date = parsePartialDate(text);
  if (date === null) throw new Error(`The test's date "${text}" is not one the schemas accept.`);
  return date;
}

/** A date to the day, as pages, articles and changes are dated. */
export function dayDate(text: string): DayDate {
  const date = partialDate(text);
  if (date.precision !== 'day') throw new Error(`The test's date "${text}" gives no day.`);
  return date;
}
