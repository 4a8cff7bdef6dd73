/**
 * An article: one MDX file in content/articles/.
 */
import { z } from 'astro/zod';
import { DESCRIPTION_MAX, SLUG_PATTERN, dayDateSchema, changesSchema } from './fields.ts';
import { optionalIds, requiredIds } from './idLists.ts';
import { datesInOrder } from './dateRangeCheck.ts';

export function articleSchema() {
  return z
    .object({
      title: z
        .string()
        .min(8, 'The title is too short: write a headline of at least 8 characters.')
        .max(90, 'The title is too long for a headline: keep it under 90 characters.')
        .describe('The headline shown on the page, in lists and on social cards.'),
      description: z
        .string()
        .min(40, 'The description is too short: write one full sentence (40–160 characters) that sums up the article.')
        .max(
          DESCRIPTION_MAX,
          `The description is too long for a social card: shorten it to ${DESCRIPTION_MAX} characters or fewer.`,
        )
        .describe('The standfirst: one sentence under the headline, also used by search engines and social cards.'),
      order: z
        .number()
        .int('Order must be a whole number such as 1, 2 or 3.')
        .min(1, 'Order starts at 1.')
        .describe('Where the article sits in the list of sections: 1 comes first.'),
      routeMap: z
        .boolean({ error: 'routeMap is true or false.' })
        .default(false)
        .describe(
          "true when the article shows the route map (place <RouteMapFigure /> after its opening paragraphs); the route is then drawn on the article's social card.",
        ),
      published: dayDateSchema.describe('The day the article was first published, as YYYY-MM-DD.'),
      updated: dayDateSchema
        .optional()
        .describe('The day the article was last changed in substance, as YYYY-MM-DD. Leave out if never updated.'),
      reportingAsOf: dayDateSchema.describe(
        'The date of the newest source the article relies on: readers learn how current the reporting is.',
      ),
      sources: requiredIds(
        'sources',
        'List at least one source document the article draws on, for example [doc-000].',
        'The source documents the article draws on, by id (the file name in content/sources/).',
      ),
      relatedTrips: optionalIds('trips', 'Trips to link from the end of the article, by slug (see content/trips/).'),
      aliases: z
        .array(
          z
            .string()
            .regex(SLUG_PATTERN, 'Write an earlier file name of the article without .mdx, such as the-2023-journey.'),
        )
        .default([])
        .describe(
          'Earlier file names of this article (without .mdx): their addresses, /articles/<alias>/, keep working and lead here.',
        ),
      formerAnchors: z
        .record(
          z.string().regex(SLUG_PATTERN, 'Write the old anchor as it was in the address, without the #.'),
          z.string().regex(SLUG_PATTERN, 'Write the id the old anchor now leads to, without the #.'),
        )
        .default({})
        .describe(
          'Anchors this page used to have, each with the id it now leads to (a section heading, or corrections-and-updates): links made to a reworded heading keep landing on its section.',
        ),
      changes: changesSchema(),
      draft: z
        .boolean({ error: 'draft must be true or false.' })
        .default(false)
        .describe('true keeps the article out of the built site while it is being written.'),
    })
    .refine((data) => datesInOrder(data.published, data.updated), {
      error: 'updated is earlier than published: the update date must be on or after the publication date.',
      path: ['updated'],
    });
}
