/**
 * What a reader sees and hears of a stage besides its own text: its dates as one phrase
 * and the line a screen reader announces when the story reaches it. Plain functions, so
 * the page and the announcement cannot word a stage differently.
 */
import { formatPartialDate, type PartialDate } from '../dates/partialDate.ts';

/** "10 September 2023", "12–13 September 2023", "30 September – 2 October 2023". */
export function stageDateLabel(from: PartialDate, to?: PartialDate): string {
  if (to === undefined || to.iso === from.iso) return formatPartialDate(from);
  const days = from.precision === 'day' && to.precision === 'day';
  if (days && from.year === to.year && from.month === to.month) return `${from.day}–${formatPartialDate(to)}`;
  if (days && from.year === to.year)
    return `${formatPartialDate(from).replace(` ${from.year}`, '')} – ${formatPartialDate(to)}`;
  return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
}

/** "Stage 3 of 7: North to the cosmodrome, 12–13 September 2023". */
export function stageAnnouncement(index: number, total: number, title: string, dates: string): string {
  return `Stage ${index + 1} of ${total}: ${title}, ${dates}`;
}
