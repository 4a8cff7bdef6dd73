/**
 * A source: a document or a public report, with the passages the site cites.
 */
import { z } from 'astro/zod';
import {
  SLUG_PATTERN,
  SLUG_HINT,
  DESCRIPTION_MAX,
  REPORT_QUOTE_MAX_WORDS,
  countWords,
  httpUrlSchema,
  partialDateSchema,
} from './fields.ts';

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
 * A source is either one of the seed documents, kept whole in content/sources/originals/
 * (`file`), or a public report the site quotes from (`publisher` and `url`): a report is
 * never copied beyond its quoted passages, so those are kept short.
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
      date: partialDateSchema.describe('When the document was published, as precisely as known.'),
      dateNote: z.string().max(300).optional().describe('How the date is known, when the document does not print it.'),
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
        .string()
        .min(2)
        .max(80)
        .optional()
        .describe('Where the copy read was published, when that is not the publisher (a syndicated wire story).'),
      author: z.string().min(2).max(120).optional().describe('The author or authors, where the report names them.'),
      url: httpUrlSchema.optional().describe('For a public report: its address, as it appears in the browser.'),
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
      if (new Set(source.passages.map((passage) => passage.id)).size !== source.passages.length) {
        context.addIssue({
          code: 'custom',
          message: 'Two passages share an id: every passage id must be unique.',
          path: ['passages'],
        });
      }
      if (source.file !== undefined) return;
      if (source.url === undefined) {
        context.addIssue({
          code: 'custom',
          message:
            'A public report needs its address: add url: https://… as it appears in the browser (or, for a seed document, file: the name of the document in content/sources/originals/).',
          path: ['url'],
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
