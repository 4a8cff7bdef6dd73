/**
 * The day the site is built, in UTC: the data files' version and the date a page's citation
 * was taken from the built site carry it. SOURCE_DATE_EPOCH (seconds since 1970, the
 * reproducible-builds convention) fixes it, so two builds of one commit can match.
 */
import { dayDateOf, type DayDate } from '../dates/partialDate.ts';

export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): DayDate {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const instant = epoch !== undefined && /^\d+$/.test(epoch.trim()) ? new Date(Number(epoch.trim()) * 1000) : now;
  return dayDateOf(instant);
}
