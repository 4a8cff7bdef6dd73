/**
 * The home page's own record of changes. Its key facts live in content/facts/, one file a
 * figure, and a change often touches several at once, so the record is kept for the page
 * here rather than on any one fact. It has the shape of an article's `changes`, and a unit
 * test parses it with the same schema.
 */
import type { ChangeInput } from './pageChanges.ts';

export const HOME_PAGE_CHANGES: readonly ChangeInput[] = [
  {
    date: '2026-12-01',
    kind: 'correction',
    what: 'The key facts give the 2023 train about a day and a half from Pyongyang to the border, not 20 hours, date the journey 10 to 19 September, and add the summit at the Vostochny Cosmodrome.',
    why: 'The 20 hours was a South Korean estimate from 2019 passed on by a seed document; North Korean state media timed the 2023 departure and the arrival at Khasan.',
    concerns: 'twenty-hours-estimate',
  },
];
