/**
 * A page of the site that is not an article: one MDX file in content/pages/. Its id is
 * the page it fills: `home` is the home page's headline, deck and opening paragraphs;
 * `about` is the page on who makes the site and how it checks and corrects facts.
 */
import { z } from 'astro/zod';
import { DESCRIPTION_MAX, dayDateSchema, changesSchema } from './fields.ts';
import { requiredIds } from './idLists.ts';
import { datesInOrder } from './dateRangeCheck.ts';

export function pageSchema() {
  return z
    .object({
      title: z
        .string()
        .min(8, 'The title is too short: write a headline of at least 8 characters.')
        .max(90, 'The title is too long for a headline: keep it under 90 characters.')
        .describe('The headline of the page (its h1), also its title in search results.'),
      description: z
        .string()
        .min(40, 'The description is too short: write one full sentence (40–160 characters).')
        .max(
          DESCRIPTION_MAX,
          `The description is too long for a social card: shorten it to ${DESCRIPTION_MAX} characters or fewer.`,
        )
        .describe('The deck under the headline: one sentence, also used by search engines and social cards.'),
      published: dayDateSchema.describe('The day this site first published the page, as YYYY-MM-DD.'),
      updated: dayDateSchema
        .optional()
        .describe('The day the page was last changed in substance, as YYYY-MM-DD. Leave out if never updated.'),
      reportingAsOf: dayDateSchema.describe(
        'The date of the newest source the page relies on, or the day its facts were last checked: shown to readers.',
      ),
      sources: requiredIds(
        'sources',
        'List at least one source the page draws on, for example [doc-000].',
        'The sources the page draws on, by id (the file name in content/sources/).',
      ),
      correctionsEmail: z
        .email('Write the address as name@example.org, without "mailto:".')
        .optional()
        .describe('The address readers write to with a correction (the about page shows it, and every footer).'),
      changes: changesSchema(),
    })
    .refine((data) => datesInOrder(data.published, data.updated), {
      error: 'updated is earlier than published: the update date must be on or after the publication date.',
      path: ['updated'],
    });
}
