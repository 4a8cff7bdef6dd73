/**
 * "Cite this page": one line a journalist can paste into a story or a note, in the
 * order most styles share: publisher, title in quotes, dates, address.
 */
export interface CitationInput {
  siteName: string;
  title: string;
  url: string;
  /** Labelled dates, already formatted for readers: [["Published", "12 September 2023"]]. */
  dates: readonly (readonly [label: string, value: string])[];
}

export function citationText(input: CitationInput): string {
  const title = /[.?!]$/.test(input.title) ? input.title : `${input.title}.`;
  const dates = input.dates.map(([label, value]) => `${label} ${value}`).join('; ');
  return [`${input.siteName}.`, `“${title}”`, dates === '' ? '' : `${dates}.`, input.url]
    .filter((part) => part !== '')
    .join(' ');
}
