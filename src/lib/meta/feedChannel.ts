/**
 * The feed's channel elements that @astrojs/rss leaves to the caller: where the feed
 * lives (atom:link rel="self", which validators ask for so a copied feed still names its
 * home) and lastBuildDate, the last time the channel's content changed: its newest item.
 */
export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => XML_ENTITIES[char]!);
}

export function feedChannelElements(input: { feedUrl: string; language: string; itemDates: readonly Date[] }): string {
  const newest = input.itemDates.reduce<Date | undefined>(
    (latest, date) => (latest === undefined || date > latest ? date : latest),
    undefined,
  );
  return [
    `<language>${escapeXml(input.language)}</language>`,
    `<atom:link href="${escapeXml(input.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`] : []),
  ].join('');
}
