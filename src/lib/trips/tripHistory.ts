/**
 * Each trip chosen on the trips page is a step in the browser's history, so Back brings back
 * the trip shown before (or the rail route) and Forward chooses again. A history entry keeps,
 * besides its address, which trip it shows and where the reader was in the list when they
 * left it (the trip whose title they had chosen, and how far down the screen it was), so
 * that Back returns them there rather than to the map they were taken to. The place is kept
 * by the title, not by the page's scroll: the stop list above the timeline on a phone grows
 * and shrinks with the trip shown.
 *
 * The entry's state is shared with anything else on the page that uses history: this keeps
 * to its own key and leaves the others' as they are.
 */
export const TRIP_HISTORY_KEY = 'tripChoice';

/** Where the reader was in the list: the trip whose title they chose, and its top in viewport pixels. */
export interface ReadingPlace {
  trip: string;
  top: number;
}

export interface TripHistoryEntry {
  /** The trip the entry shows, or null for the rail route. */
  chosen: string | null;
  place?: ReadingPlace | undefined;
}

/** The entry's state with this choice (and place, if any) written in, others' keys kept. */
export function historyStateWith(state: unknown, entry: TripHistoryEntry): Record<string, unknown> {
  const others = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  const saved: TripHistoryEntry = { chosen: entry.chosen, ...(entry.place ? { place: entry.place } : {}) };
  return { ...others, [TRIP_HISTORY_KEY]: saved };
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readPlace(value: unknown): ReadingPlace | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { trip, top } = value as Record<string, unknown>;
  if (typeof trip !== 'string' || !isFiniteNumber(top)) return undefined;
  return { trip, top };
}

/** What an entry's state says of the trip choice; null for an entry this page never wrote to. */
export function readTripHistoryEntry(state: unknown): TripHistoryEntry | null {
  if (typeof state !== 'object' || state === null) return null;
  const saved: unknown = (state as Record<string, unknown>)[TRIP_HISTORY_KEY];
  if (typeof saved !== 'object' || saved === null) return null;
  const { chosen, place } = saved as Record<string, unknown>;
  if (!(chosen === null || typeof chosen === 'string')) return null;
  const read = readPlace(place);
  return read ? { chosen, place: read } : { chosen };
}

/**
 * The trip to show after Back or Forward. An entry this page wrote says which; an entry the
 * browser made for a link within the page (the skip link, a footnote) keeps the trip shown,
 * unless its address chooses one. A slug the page does not know chooses nothing.
 */
export function tripAfterHistoryStep(
  entry: TripHistoryEntry | null,
  chosenByAddress: string | null,
  shown: string | null,
  knownSlugs: ReadonlySet<string>,
): string | null {
  const next = entry ? entry.chosen : (chosenByAddress ?? shown);
  return next !== null && knownSlugs.has(next) ? next : null;
}
