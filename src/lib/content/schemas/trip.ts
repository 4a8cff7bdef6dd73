/**
 * A trip: one YAML file in content/trips/.
 */
import { endNotBeforeStart } from './dateRangeCheck.ts';
import { z } from 'astro/zod';
import { idReference } from './idReference.ts';
import {
  SLUG_PATTERN,
  SLUG_HINT,
  TRAVEL_MODES,
  LEG_MODES,
  VERIFICATION_STATUSES,
  enumWithHint,
  partialDateSchema,
  changesSchema,
} from './fields.ts';
import { optionalIds, requiredIds } from './idLists.ts';

export function tripSchema() {
  return z
    .object({
      slug: z
        .string()
        .regex(SLUG_PATTERN, SLUG_HINT)
        .describe('The permanent address of the trip: /trips/<slug>/. Never change it once published.'),
      title: z
        .string()
        .min(8, 'The title is too short: write at least 8 characters, for example "Kim Jong Un by train to Hanoi".')
        .max(90, 'The title is too long: keep it under 90 characters.')
        .describe('A short title for the timeline, for example "Kim Jong Un by train to Vladivostok".'),
      leader: idReference('leaders').describe(
        'Who travelled: a leader id from content/leaders/ (the file name without .yaml), such as kim-jong-un.',
      ),
      start: partialDateSchema.describe(
        'When the trip began, as precisely as the source says: "2018", "2019-04" or "2023-09-10".',
      ),
      end: partialDateSchema.optional().describe('When the trip ended, if the source says. Leave out when unknown.'),
      arrived: partialDateSchema
        .optional()
        .describe(
          'When the leader reached the destination, where a cited report gives it: the itinerary shows it as "Arrived". Leave out when unknown.',
        ),
      dateNote: z
        .string()
        .min(20, 'Say in a sentence what is uncertain about the dates, or leave the field out.')
        .max(300, 'The date note is too long: keep it to 300 characters.')
        .optional()
        .describe('Shown beside the dates: where reports disagree, or why the dates are only this precise.'),
      aliases: z
        .array(z.string().regex(SLUG_PATTERN, SLUG_HINT))
        .default([])
        .describe('Earlier slugs of this trip. Their addresses keep working and lead to the trip.'),
      planned: z
        .boolean()
        .default(false)
        .describe('true for a trip announced but not yet made; only then may its dates lie in the future.'),
      mode: enumWithHint(TRAVEL_MODES, 'mode').describe(
        'How the leader travelled: train, plane, train-and-plane, train-and-car, or unknown when the sources do not say.',
      ),
      modeNote: z
        .string()
        .min(20, 'Say in a sentence which part of the journey went how, or leave the field out.')
        .max(300, 'The mode note is too long: keep it to 300 characters.')
        .optional()
        .describe('For a mixed journey: which part went by train, by car or by air.'),
      origin: idReference('places').describe('Where the trip started: a place id from content/places/.'),
      destination: idReference('places').describe('Where the trip went: a place id from content/places/.'),
      stops: z
        .array(
          z.union([
            idReference('places'),
            z.object({
              place: idReference('places').describe('The place id of the stop (a file name in content/places/).'),
              date: partialDateSchema.optional().describe('When the leader was there, as precisely as reported.'),
              by: enumWithHint(LEG_MODES, 'by')
                .optional()
                .describe(
                  'How the leader reached this stop from the one before, when it differs from the trip: train, car or plane.',
                ),
              note: z.string().max(200, 'Keep the note to 200 characters.').optional().describe('What happened there.'),
            }),
          ]),
        )
        .default([])
        .describe(
          'Places passed or visited on the way, in order: a place id, or place, date and note. The map draws the route through them.',
        ),
      returnTo: idReference('places')
        .optional()
        .describe('Where the journey ended when it went on past its destination: usually pyongyang.'),
      met: z
        .string()
        .min(3)
        .max(200, 'Keep "met" to 200 characters: the names and titles of the people met.')
        .optional()
        .describe('Who the leader met, with their titles.'),
      purpose: z
        .string()
        .min(20, 'Say in a sentence what the trip was for, or leave the field out.')
        .max(300, 'The purpose is too long: keep it to 300 characters.')
        .optional()
        .describe('Why the trip was made, in your own words.'),
      corrections: optionalIds(
        'corrections',
        'Corrections to the source documents that concern this trip, by id (content/corrections/).',
      ),
      summary: z
        .string()
        .min(40, 'The summary is too short: write one or two sentences (40–400 characters) in your own words.')
        .max(400, 'The summary is too long: keep it to 400 characters and put the detail in an article.')
        .describe('One or two sentences, in your own words, on what the trip was.'),
      citations: requiredIds(
        'passages',
        'Every trip needs at least one citation: add the id of a source passage from content/sources/.',
        'Ids of the source passages that report this trip (see the passages in content/sources/).',
      ),
      verification: enumWithHint(VERIFICATION_STATUSES, 'verification').describe(
        'How solid the report is: who says the trip happened.',
      ),
      note: z
        .string()
        .max(400, 'The note is too long: keep it to 400 characters.')
        .optional()
        .describe("An editor's note shown with the trip: where the sources disagree or are vague."),
      changes: changesSchema(),
    })
    .refine(...endNotBeforeStart('the trip'));
}
