/**
 * "Cite this page" in the forms reference managers import: BibTeX (biblatex's @online),
 * RIS and CSL-JSON. Each carries the date the reader accessed the page, which a static
 * page only knows once it runs in the reader's browser: until then, a placeholder the
 * reader can see and replace.
 */

export interface CitationRecord {
  /** A key for the entry, stable across builds: the page's slug. */
  key: string;
  siteName: string;
  publisher: string;
  title: string;
  url: string;
  /** YYYY-MM-DD, when the page has a publication date. */
  published?: string | undefined;
  /** YYYY-MM-DD of the last change, when the page has changed since. */
  modified?: string | undefined;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** What stands for the accessed date until the browser fills it in. */
export const ACCESSED_PLACEHOLDER = 'YYYY-MM-DD';

/** The reader's own date, in their time zone: "accessed" is the day as they lived it. */
export function localDay(now: Date): CalendarDay {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoDay(day: CalendarDay): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

function dayOf(iso: string): CalendarDay {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

/** Braces and TeX's special characters escaped, so a title survives a .bib file whole. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, (char) => `\\${char}`).replace(/[&%$#_]/g, (char) => `\\${char}`);
}

export function bibtex(record: CitationRecord, accessed?: CalendarDay): string {
  const fields: [string, string][] = [
    // Double braces keep the title's capitals as written.
    ['title', `{${bibtexText(record.title)}}`],
    ['organization', bibtexText(record.publisher)],
    ['titleaddon', bibtexText(record.siteName)],
  ];
  if (record.published) fields.push(['date', record.published]);
  if (record.modified && record.modified !== record.published) fields.push(['note', `Updated ${record.modified}`]);
  fields.push(['url', record.url], ['urldate', accessed ? isoDay(accessed) : ACCESSED_PLACEHOLDER]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${record.key},\n${body}\n}`;
}

function risDate(iso: string): string {
  return `${iso.replaceAll('-', '/')}/`;
}

/** RIS: one tag a line; ELEC is the type Zotero, EndNote and Mendeley read as a web page. */
export function ris(record: CitationRecord, accessed?: CalendarDay): string {
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['TI', record.title],
    ['T2', record.siteName],
    ['PB', record.publisher],
  ];
  if (record.published) lines.push(['PY', record.published.slice(0, 4)], ['DA', risDate(record.published)]);
  if (record.modified && record.modified !== record.published) lines.push(['N1', `Updated ${record.modified}`]);
  lines.push(
    ['UR', record.url],
    ['Y2', accessed ? risDate(isoDay(accessed)) : risDate(ACCESSED_PLACEHOLDER)],
    ['LA', 'en'],
    ['ER', ''],
  );
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\n');
}

/** CSL-JSON, the format of Zotero and of Pandoc's citeproc: an array of one item. */
export function cslJson(record: CitationRecord, accessed?: CalendarDay): string {
  const dateParts = (day: CalendarDay) => ({ 'date-parts': [[day.year, day.month, day.day]] });
  const item: Record<string, unknown> = {
    id: record.key,
    type: 'webpage',
    title: record.title,
    'container-title': record.siteName,
    publisher: record.publisher,
    URL: record.url,
    language: 'en',
  };
  if (record.published) item['issued'] = dateParts(dayOf(record.published));
  // CSL's "raw" date holds text a processor parses: here, the placeholder to replace.
  item['accessed'] = accessed ? dateParts(accessed) : { raw: ACCESSED_PLACEHOLDER };
  return JSON.stringify([item], null, 2);
}

export const CITATION_FORMATS = {
  bibtex: { label: 'BibTeX', format: bibtex },
  ris: { label: 'RIS', format: ris },
  'csl-json': { label: 'CSL-JSON', format: cslJson },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;
