/**
 * /sources/ was once the one page of passages, and the data files' dictionary gives each
 * passage's address there (/sources/#passage-<id>): the page sends the anchor of a passage
 * quoted on a decade page on to that page.
 */
import { passageAnchor } from './citationRegistry.ts';
import { SOURCES_PATH, passageHref, sourcePagePath, type SourcePlacement } from './sourcePages.ts';

export interface PlacedSource extends SourcePlacement {
  id: string;
  passages: readonly { id: string }[];
}

/** Old anchor on /sources/ → the address where that passage now is. */
export function passageForwards(sources: readonly PlacedSource[]): Record<string, string> {
  const forwards: Record<string, string> = {};
  for (const source of sources) {
    if (sourcePagePath(source) === SOURCES_PATH) continue;
    for (const passage of source.passages) forwards[passageAnchor(passage.id)] = passageHref(passage.id, source);
  }
  return forwards;
}
