/**
 * "Cite this page" in the forms reference managers import: classic BibTeX (@misc, which
 * every .bst style knows), biblatex's @online, RIS and CSL-JSON. Each carries the page's
 * date and the day the reader accessed it: the build writes the day it was built, and the
 * script beside the component writes the reader's own day over it.
 */

export interface CitationRecord {
  /** A key for the entry, stable across builds: the page's slug. */
  key: string;
  /** The website: CSL's container-title. */
  siteName: string;
  /** Left out of the formats when it is the site itself, so no style prints the name twice. */
  publisher: string;
  title: string;
  url: string;
  /** YYYY-MM-DD: the date the page is cited by, its publication or its last revision. */
  issued: string;
  /** YYYY-MM-DD of a later change, for a page cited by its publication date. */
  modified?: string | undefined;
}

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

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

export function dayFromIso(iso: string): CalendarDay {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

/** The publisher, when it is not the site itself. */
function distinctPublisher(record: CitationRecord): string | undefined {
  return record.publisher === record.siteName ? undefined : record.publisher;
}

function updateNote(record: CitationRecord): string | undefined {
  return record.modified && record.modified !== record.issued ? `Updated ${record.modified}` : undefined;
}

/** Braces and TeX's special characters escaped, so a title survives a .bib file whole. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, (char) => `\\${char}`).replace(/[&%$#_]/g, (char) => `\\${char}`);
}

function bibEntry(type: string, key: string, fields: ReadonlyArray<readonly [string, string]>): string {
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n');
  return `@${type}{${key},\n${body}\n}`;
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** biblatex's @online, with ISO dates in date and urldate. */
export function biblatex(record: CitationRecord, accessed: CalendarDay): string {
  const publisher = distinctPublisher(record);
  const note = updateNote(record);
  return bibEntry('online', record.key, [
    // Double braces keep the title's capitals as written.
    ['title', `{{${bibtexText(record.title)}}}`],
    ['organization', `{${bibtexText(record.siteName)}}`],
    ...(publisher ? [['publisher', `{${bibtexText(publisher)}}`] as const] : []),
    ['date', `{${record.issued}}`],
    ...(note ? [['note', `{${note}}`] as const] : []),
    ['url', `{${record.url}}`],
    ['urldate', `{${isoDay(accessed)}}`],
  ]);
}

/**
 * Classic BibTeX's @misc: the fields plain.bst and its kin print (year, month as the
 * standard macro, howpublished, note), since they know no date, url or urldate.
 */
export function bibtex(record: CitationRecord, accessed: CalendarDay): string {
  const issued = dayFromIso(record.issued);
  const publisher = distinctPublisher(record);
  const note = [record.siteName, publisher, updateNote(record), `Accessed ${isoDay(accessed)}`]
    .filter((part): part is string => part !== undefined)
    .map(bibtexText)
    .join('. ');
  return bibEntry('misc', record.key, [
    ['title', `{{${bibtexText(record.title)}}}`],
    ['howpublished', `{\\url{${record.url}}}`],
    ['year', `{${issued.year}}`],
    ['month', BIBTEX_MONTHS[issued.month - 1]!],
    ['note', `{${note}}`],
  ]);
}

function risDate(iso: string): string {
  return `${iso.replaceAll('-', '/')}/`;
}

/** RIS: one tag a line; ELEC is the type Zotero, EndNote and Mendeley read as a web page. */
export function ris(record: CitationRecord, accessed: CalendarDay): string {
  const publisher = distinctPublisher(record);
  const note = updateNote(record);
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['TI', record.title],
    ['T2', record.siteName],
    ...(publisher ? [['PB', publisher] as [string, string]] : []),
    ['PY', record.issued.slice(0, 4)],
    ['DA', risDate(record.issued)],
    ...(note ? [['N1', note] as [string, string]] : []),
    ['UR', record.url],
    ['Y2', risDate(isoDay(accessed))],
    ['LA', 'en'],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\n');
}

/** CSL-JSON, the format of Zotero and of Pandoc's citeproc: an array of one item. */
export function cslJson(record: CitationRecord, accessed: CalendarDay): string {
  const dateParts = (day: CalendarDay) => ({ 'date-parts': [[day.year, day.month, day.day]] });
  const publisher = distinctPublisher(record);
  const note = updateNote(record);
  const item: Record<string, unknown> = {
    id: record.key,
    type: 'webpage',
    title: record.title,
    'container-title': record.siteName,
    ...(publisher ? { publisher } : {}),
    URL: record.url,
    issued: dateParts(dayFromIso(record.issued)),
    accessed: dateParts(accessed),
    ...(note ? { note } : {}),
    language: 'en',
  };
  return JSON.stringify([item], null, 2);
}

export const CITATION_FORMATS = {
  bibtex: { label: 'BibTeX', format: bibtex },
  biblatex: { label: 'biblatex', format: biblatex },
  ris: { label: 'RIS', format: ris },
  'csl-json': { label: 'CSL-JSON', format: cslJson },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;
