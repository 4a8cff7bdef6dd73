/**
 * How a date field reads its text: once, into the value the rest of the site uses
 * (src/lib/dates/partialDate.ts), so no page or check parses a date again.
 */
import { z } from 'astro/zod';

/**
 * The transform of a date field. `read` returns the date, or calls `refuse` with the words
 * for the editor. A refused date does not stop the entry's other checks (`continue`), so the
 * editor hears of every mistake in the file at once; those checks leave an unread date alone
 * (see `datesInOrder` in dateRangeCheck.ts).
 */
export function readDate<T>(read: (text: string, refuse: (problem: string) => never) => T) {
  return (text: string, context: z.RefinementCtx<string>): T =>
    read(text, (problem) => {
      context.addIssue({ code: 'custom', message: problem, input: text, continue: true });
      return z.NEVER;
    });
}
