/**
 * A source: a document or a public report, with the passages the site cites.
 *
 * Its `date` is always written: as precisely as known, or `date: unknown` when nothing dates
 * the document (a memoir read decades after it was written), with a `dateNote` saying why.
 * Leaving the field out stays a mistake, so a forgotten date is never read as an unknown one.
 * The pages then say "date not known" and make up no date (src/lib/citations/sourceDate.ts);
 * an undated report is listed on /sources/date-not-known/.
 */
import { z } from 'astro/zod';
import {
  SLUG_PATTERN,
  SLUG_HINT,
  DESCRIPTION_MAX,
  REPORT_QUOTE_MAX_WORDS,
  countWords,
  httpUrlSchema,
} from './fields.ts';
import { PARTIAL_DATE_HINT, normalisePartialDateInput, parsePartialDate } from '../../dates/partialDate.ts';
import { dateProblem } from '../../dates/dateAdvice.ts';
import { readDate } from './readDate.ts';
import { UNKNOWN_SOURCE_DATE } from '../../citations/sourceDate.ts';

const UNKNOWN_DATE_HINT = `For a source whose date is not known, write "${UNKNOWN_SOURCE_DATE}" and say why in dateNote.`;

/**
 * A source's date: the one date rule (as precisely as known), read into a PartialDate, or
 * "unknown" for a document that carries no date and that nothing else dates. Written out,
 * never left out, so a date forgotten is still refused as missing.
 */
export const sourceDateSchema = z
  .preprocess(
    normalisePartialDateInput,
    z
      .string({ error: `${PARTIAL_DATE_HINT} ${UNKNOWN_DATE_HINT}` })
      .transform(
        readDate((text, refuse) =>
          text === UNKNOWN_SOURCE_DATE
            ? UNKNOWN_SOURCE_DATE
            : (parsePartialDate(text) ?? refuse(`${dateProblem(text)} ${UNKNOWN_DATE_HINT}`)),
        ),
      ),
  )
  .meta({ date: 'partial-or-unknown' });

export const passageSchema = z.object({
  id: z.string().regex(SLUG_PATTERN, SLUG_HINT).describe('A stable id for the passage, used in <Cite id="…" />.'),
  quote: z
    .string()
    .min(20, 'Copy the passage exactly as it appears in the source, at least a full clause.')
    .max(600, 'The passage is too long: cite one or two sentences, not a paragraph.')
    .describe('The words exactly as they appear in the source document.'),
  topic: z.string().min(3).max(80).describe('A few words on what the passage supports, shown on the sources page.'),
});

/**
 * Where the words of a report were read, when that is not the publisher's own page: a
 * newspaper that ran a wire story, a site that mirrors state media, a blog that reposted it.
 * The site shows it as text ("Read in a copy at …"), never as the link to the report.
 */
export const readAtSchema = z
  .object({
    name: z
      .string()
      .min(2)
      .max(80)
      .describe('The site, newspaper or archive whose copy you read: "The Korea Herald", "KCNA Watch".'),
    url: httpUrlSchema.optional().describe('The address of that copy, so the next editor can find the words again.'),
  })
  .describe(
    "The copy you read, when it is not the publisher's own page: a newspaper that ran a wire story, a site that mirrors state media. Shown as text, never as the link to the report.",
  );

/** The host of an address without "www.", to tell a copy on another site from the publisher's own page. */
function siteOf(address: string): string {
  return new URL(address).hostname.replace(/^www\./, '');
}

/**
 * A source is either one of the seed documents, kept whole in content/sources/originals/
 * (`file`), or a public report the site quotes from (`publisher`, and `url` for the
 * publisher's own page or `readAt` for the copy that was read): a report is never copied
 * beyond its quoted passages, so those are kept short.
 */
export function sourceSchema() {
  return z
    .object({
      title: z.string().min(8).describe('The document title or headline as published.'),
      kind: z
        .string()
        .min(3)
        .max(40)
        .describe('What sort of document it is: "News report", "Agency report", "State media report", "Transcript".'),
      date: sourceDateSchema.describe(
        `When the document was published, as precisely as known: "1956", "2019-04" or "2023-09-12"; "${UNKNOWN_SOURCE_DATE}" when nothing dates it.`,
      ),
      dateNote: z
        .string()
        .max(300)
        .optional()
        .describe('How the date is known, when the document does not print it; why it is not known, for "unknown".'),
      description: z
        .string()
        .min(20)
        .max(DESCRIPTION_MAX, `Keep the description to one line: ${DESCRIPTION_MAX} characters or fewer.`)
        .describe('One line on what the document is and what the site uses it for.'),
      file: z
        .string()
        .min(1)
        .optional()
        .describe(
          'For a seed document only: the file name of the document as received, in content/sources/originals/.',
        ),
      publisher: z
        .string()
        .min(2)
        .max(80)
        .optional()
        .describe('For a public report: who published it, for example "Reuters" or "Yonhap News Agency".'),
      via: z
        .never({
          error:
            "via: is no longer used. Write the copy you read as readAt: with name: (the site, paper or archive) and url: (the address of that copy), and keep url: for the publisher's own page.",
        })
        .optional()
        .describe('No longer used: write readAt instead.'),
      readAt: readAtSchema.optional(),
      author: z.string().min(2).max(120).optional().describe('The author or authors, where the report names them.'),
      url: httpUrlSchema
        .optional()
        .describe(
          "For a public report: the publisher's own address for it, as it appears in the browser. Never the address of a copy on another site: that goes in readAt.",
        ),
      archiveUrl: httpUrlSchema
        .optional()
        .describe('An archived copy of the report, for example on the Wayback Machine.'),
      language: z
        .string()
        .regex(/^[a-z]{2}$/, 'Write the language as a two-letter code: en, ko, ru, zh.')
        .default('en')
        .describe('The language of the passages quoted: en, ko, ru, zh…'),
      passages: z
        .array(passageSchema)
        .min(1, 'List the passages the site cites from this document.')
        .describe('The passages the site cites, each with a stable id.'),
    })
    .superRefine((source, context) => {
      if (source.date === UNKNOWN_SOURCE_DATE && source.dateNote === undefined) {
        context.addIssue({
          code: 'custom',
          message: `A source dated "${UNKNOWN_SOURCE_DATE}" needs a dateNote saying why the date is not known: what the copy shows and what you checked ("The copy read prints no date, and the text names no event that dates it.").`,
          path: ['dateNote'],
        });
      }
      if (new Set(source.passages.map((passage) => passage.id)).size !== source.passages.length) {
        context.addIssue({
          code: 'custom',
          message: 'Two passages share an id: every passage id must be unique.',
          path: ['passages'],
        });
      }
      if (source.file !== undefined) return;
      if (source.url === undefined && source.readAt?.url === undefined) {
        context.addIssue({
          code: 'custom',
          message:
            "A public report needs its address: add url: https://… for the publisher's own page, as it appears in the browser; or, where the publisher has no page of its own (a wire story, state media), readAt: with the name and url of the copy you read (or, for a seed document, file: the name of the document in content/sources/originals/).",
          path: ['url'],
        });
      }
      if (
        source.url !== undefined &&
        source.readAt?.url !== undefined &&
        siteOf(source.url) === siteOf(source.readAt.url)
      ) {
        context.addIssue({
          code: 'custom',
          message: `url and readAt.url are both on ${siteOf(source.url)}: url is the publisher's own page and readAt the copy you read on another site. Leave out readAt when you read the publisher's own page, or give url as the publisher's own address.`,
          path: ['readAt', 'url'],
        });
      }
      if (source.publisher === undefined) {
        context.addIssue({
          code: 'custom',
          message:
            'A public report needs its publisher: add publisher: the agency, broadcaster or newspaper, for example "Reuters".',
          path: ['publisher'],
        });
      }
      source.passages.forEach((passage, index) => {
        const words = countWords(passage.quote);
        if (words <= REPORT_QUOTE_MAX_WORDS) return;
        context.addIssue({
          code: 'custom',
          message: `A public report is quoted, not copied: keep each passage to ${REPORT_QUOTE_MAX_WORDS} words or fewer (this one has ${words}). Quote the clause that carries the fact.`,
          path: ['passages', index, 'quote'],
        });
      });
    });
}
