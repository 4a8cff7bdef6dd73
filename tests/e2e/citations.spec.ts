import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { findAll, textContent } from 'domutils';
import { expect, test } from './support/test.ts';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { DIST_DIR } from '../support/builtPages.ts';
import { builtHtmlFiles } from '../support/builtHtml.ts';

/**
 * Every built page's "Cite this page" as a reference manager would take it: each format
 * read by citation-js, in the page's source as served, before any script runs.
 */
interface CitedPage {
  path: string;
  html: string;
  /** Format name → the text of its <pre data-format>. */
  formats: Map<string, string>;
}

const pages: CitedPage[] = builtHtmlFiles()
  .filter((file) => file.html.includes('<cite-formats'))
  .map(({ path, html }) => {
    const blocks = findAll(
      (element) => element.name === 'pre' && 'data-format' in element.attribs,
      [...parseDocument(html).children],
    );
    return {
      path,
      html,
      formats: new Map(blocks.map((block) => [block.attribs['data-format']!, textContent(block)])),
    };
  });

const FORMATS = ['bibtex', 'biblatex', 'ris', 'csl-json'];

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((match) =>
    [JSON.parse(match[1]!)].flat(),
  );
}

/** The date the page's JSON-LD gives it: an article's publication, or the last revision of another page. */
function pageDate(html: string): string | undefined {
  const items = jsonLd(html);
  const article = items.find((item) => item['@type'] === 'NewsArticle');
  if (article) return article['datePublished'] as string;
  return items.find((item) => item['@type'] === 'WebPage')?.['dateModified'] as string | undefined;
}

const dateOf = (item: Record<string, unknown> | undefined, field: string) =>
  (item?.[field] as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
const iso = (parts: number[] | undefined) =>
  parts?.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');

test('citation-js reads every page’s BibTeX, biblatex, RIS and CSL-JSON, each with the page’s date', () => {
  expect(pages.length, 'pages with a citation block').toBeGreaterThan(0);
  const built = (JSON.parse(readFileSync(join(DIST_DIR, 'data', 'trips.json'), 'utf8')) as { built: string }).built;
  const rows = pages.flatMap((page) =>
    FORMATS.map((format) => {
      const row = { page: page.path, format, issued: '', accessed: '', problem: '' };
      const text = page.formats.get(format);
      if (text === undefined) return { ...row, problem: 'no such block' };
      try {
        const [item] = new Cite(text).data;
        row.issued = iso(dateOf(item, 'issued')) ?? '';
        row.accessed = iso(dateOf(item, 'accessed')) ?? '';
      } catch (error) {
        return { ...row, problem: `does not parse: ${(error as Error).message}` };
      }
      const expected = pageDate(page.html);
      // Classic BibTeX has a year and a month, not a day.
      const wanted = format === 'bibtex' ? expected?.slice(0, 7) : expected;
      if (!row.issued) row.problem = 'no issued date';
      else if (row.issued !== wanted) row.problem = `issued ${row.issued}, the page's JSON-LD says ${expected}`;
      // Classic BibTeX keeps the accessed date in its note; citation-js reads a web page's RIS access
      // date from M1 where Zotero and Mendeley read Y2, which the page writes.
      else if (format !== 'bibtex' && format !== 'ris' && row.accessed !== built)
        row.problem = `accessed ${row.accessed}, not the build day ${built}`;
      return row;
    }),
  );
  const problems = rows.filter((row) => row.problem !== '');
  const table = problems.map((row) => `${row.page}\t${row.format}\t${row.problem}`).join('\n');
  expect(problems, `\n${table}`).toEqual([]);
});

test('no page’s source holds a date placeholder, and none names the site twice as container and publisher', () => {
  const problems = pages.flatMap((page) => {
    const found: string[] = [];
    if (/YYYY/.test(page.html)) found.push('a YYYY placeholder');
    const [item] = JSON.parse(page.formats.get('csl-json') ?? '[{}]') as Record<string, unknown>[];
    if (item?.['publisher'] !== undefined && item['publisher'] === item['container-title'])
      found.push(`container-title and publisher both "${String(item['publisher'])}"`);
    return found.map((problem) => `${page.path}: ${problem}`);
  });
  expect(problems).toEqual([]);
});
