/**
 * A correction of a source document: one YAML file in content/corrections/.
 */
import { z } from 'astro/zod';
import { idReference } from './idReference.ts';
import { dayDateSchema } from './fields.ts';
import { requiredIds } from './idLists.ts';

/**
 * A correction: where a seed document is wrong or goes further than the public record,
 * what it said (the passage it `corrects`) and what the record shows, each cited.
 */
export function correctionSchema() {
  return z.object({
    corrects: idReference('passages').describe(
      'The id of the passage of a seed document that is wrong or goes too far.',
    ),
    date: dayDateSchema.describe(
      'Write the day the correction was published on the site, in quotes: date: "2026-12-01" (today, for a new one). /corrections/ and the feed list the correction under that day.',
    ),
    title: z
      .string()
      .min(8, 'Give the correction a short title, for example "The Moscow journey was in 2001".')
      .max(90, 'The title is too long: keep it under 90 characters.')
      .describe('A short title for the correction, shown on the page and in the list of corrections.'),
    claim: z
      .string()
      .min(20, 'Say in a sentence, in your own words, what the document claims.')
      .max(300, 'Keep the claim to 300 characters.')
      .describe('What the document says, in your own words.'),
    record: z
      .string()
      .min(20, 'Say in a sentence or two, in your own words, what the record shows.')
      .max(500, 'Keep the record to 500 characters.')
      .describe('What the public record shows, in your own words.'),
    citations: requiredIds(
      'passages',
      'A correction needs at least one citation from the public record: add the id of a passage of a report.',
      'Ids of the passages of public reports that show what the record says.',
    ),
  });
}
