/**
 * A trip told day by day: one YAML file in content/stories/.
 */
import { endNotBeforeStart } from './dateRangeCheck.ts';
import { z } from 'astro/zod';
import { idReference } from './idReference.ts';
import { SLUG_PATTERN, SLUG_HINT, DESCRIPTION_MAX, partialDateSchema, dayDateSchema } from './fields.ts';
import { optionalIds, requiredIds } from './idLists.ts';

/**
 * A journey told day by day on its route: one stage per leg or day, each run along the
 * route between two of its stops, so the map draws every stage from the route's own line.
 * Which stops those are, and that each stage starts where the one before ended, is checked
 * against the route file (checks/storyChecks.ts).
 */
export function storySchema() {
  return z.object({
    trip: idReference('trips').describe('The trip the story tells, by slug: the page is /trips/<slug>/day-by-day/.'),
    route: idReference('routes').describe(
      'The route the stages run along, by id (a file name in content/routes/): rail-2023.',
    ),
    article: idReference('articles')
      .optional()
      .describe(
        'The article that tells the journey in full, by id (a file name in content/articles/), linked from the story.',
      ),
    title: z
      .string()
      .min(8, 'The title is too short: write a headline of at least 8 characters.')
      .max(90, 'The title is too long for a headline: keep it under 90 characters.')
      .describe('The headline of the story page.'),
    description: z
      .string()
      .min(40, 'The description is too short: write one full sentence (40–160 characters) that sums up the story.')
      .max(
        DESCRIPTION_MAX,
        `The description is too long for a social card: shorten it to ${DESCRIPTION_MAX} characters or fewer.`,
      )
      .describe('One sentence under the headline, also used by search engines and social cards.'),
    published: dayDateSchema.describe('The day the story was first published, as YYYY-MM-DD.'),
    stages: z
      .array(
        z
          .object({
            id: z
              .string()
              .regex(SLUG_PATTERN, SLUG_HINT)
              .describe('A short id for the stage: its address is #day-<id>. Never change it once published.'),
            title: z
              .string()
              .min(4, 'Give the stage a title of a few words, for example "The crossing".')
              .max(60, 'The stage title is too long: keep it under 60 characters.')
              .describe("The stage's title, shown above its text and announced as the stage changes."),
            start: partialDateSchema.describe('The day the stage began, as precisely as reported: "2023-09-12".'),
            end: partialDateSchema
              .optional()
              .describe('The day the stage ended, when it ran over more than one day. Leave out for a single day.'),
            from: idReference('places').describe('The route stop where the stage starts: a place id on the route.'),
            to: idReference('places').describe(
              'The route stop where the train stands at the end of the stage: a place id on the route (the same as from when the train stays put).',
            ),
            text: z
              .string()
              .min(40, 'The stage needs its text: two to four sentences, in your own words.')
              .max(900, 'The stage text is too long: keep it to 900 characters, about four sentences.')
              .describe('What happened on the stage, in your own words.'),
            citations: requiredIds(
              'passages',
              'Every stage needs at least one citation: add the id of a source passage from content/sources/.',
              'Ids of the source passages the stage text relies on.',
            ),
            corrections: optionalIds(
              'corrections',
              'Corrections to the source documents that concern this stage, by id (content/corrections/).',
            ),
          })
          .refine(...endNotBeforeStart('a stage')),
      )
      .min(2, 'A story needs at least two stages.')
      .describe('The stages of the journey, in the order they happened.'),
  });
}

/** The parsed shapes, with references as plain id strings (as the validator sees them). */
