/**
 * A railway line: one YAML file in content/routes/.
 */
import { z } from 'astro/zod';
import { idReference } from './idReference.ts';
import { httpUrlSchema, partialDateSchema, latitudeSchema, longitudeSchema } from './fields.ts';
import { requiredIds } from './idLists.ts';
import { readAtSchema } from './source.ts';

/** A point along a line, written [latitude, longitude] like the places. */
const shapePointSchema = z
  .tuple([latitudeSchema, longitudeSchema], {
    error: 'Write each point as [latitude, longitude], for example [42.34, 130.39].',
  })
  .describe('A point the line passes through, as [latitude, longitude].');

/**
 * The length of one leg by rail, as a railway reference gives it: the difference of two
 * stations' kilometre posts on one line, or a length the reference states. It is what the
 * site shows for the leg, what the estimated time uses, and what the drawn line is checked
 * against (unless the leg is marked `line: approximate`). A reference that gives the
 * distance from a stop before the leg's start (a junction the train passed) says so in `from`.
 */
function railDistanceSchema() {
  return z
    .object({
      km: z
        .number({ error: 'km must be a number of kilometres, for example 238.' })
        .positive('km must be more than 0: the rail distance from the previous stop, in kilometres.')
        .max(
          12000,
          'km is more than any railway between two stops: write the distance of this leg only, in kilometres.',
        )
        .describe('The distance by rail from the previous stop (or from branchFrom) to this one, in kilometres.'),
      source: z
        .string()
        .min(3, 'Name the reference the distance comes from, for example "Wikipedia, Hambuk Line".')
        .max(50, 'Keep the name of the reference under 50 characters: it is the link text in the stop table.')
        .describe('A short name of the reference that gives the distance, shown as the link in the stop table.'),
      url: httpUrlSchema.describe(
        "The address of the reference itself: the railway's publication or the encyclopedia article, never a copy of it.",
      ),
      readAt: readAtSchema
        .optional()
        .describe('The copy you read, when it is not the reference itself (a mirror of a Wikipedia article).'),
      basis: z
        .string()
        .min(10, 'Say in a few words how the figure is read from the source, for example "Khasan is at km 238".')
        .max(200, 'Keep the basis to 200 characters.')
        .optional()
        .describe('How the figure is read from the source: "Rajin km 328.2 less Hongui km 285.6, plus 9.5 km".'),
      from: idReference('places')
        .optional()
        .describe(
          'When the source gives the distance from a stop before the previous one (a junction passed on the way): that stop, so the figure covers several legs. Leave out otherwise.',
        ),
    })
    .describe(
      'The published rail distance of the leg to this stop, with its source. The line drawn must be within 15 % of it unless the leg is marked line: approximate.',
    );
}

export function routeSchema() {
  return z.object({
    homeMap: z
      .boolean({ error: 'homeMap is true or false.' })
      .default(false)
      .describe('true for the one route drawn on the home page map; the other routes are lines trips can follow.'),
    title: z
      .string()
      .min(8, 'The title is too short: write at least 8 characters, for example "Pyongyang to Vladivostok by rail".')
      .max(90, 'The title is too long: keep it under 90 characters.')
      .describe('The name of the route, shown above the map and its table.'),
    summary: z
      .string()
      .min(40, 'The summary is too short: write one sentence (40–300 characters) on where the route runs.')
      .max(300, 'The summary is too long: keep it to 300 characters.')
      .describe('One sentence, in your own words, on where the route runs.'),
    citations: requiredIds(
      'passages',
      'Cite at least one source passage that describes the route.',
      'Ids of the source passages that describe the route as a whole.',
    ),
    provenance: z
      .string()
      .min(40, 'Say in a sentence or two where the stations and the line come from when the sources do not give them.')
      .max(500, 'The provenance note is too long: keep it to 500 characters.')
      .optional()
      .describe("An editor's note shown with the map: where the line comes from when the sources do not say."),
    stops: z
      .array(
        z.object({
          place: idReference('places').describe('The place id of the stop (a file name in content/places/).'),
          branchFrom: idReference('places')
            .optional()
            .describe('Where the line to this stop leaves from, when it is not the previous stop: an earlier stop.'),
          via: z
            .array(shapePointSchema)
            .default([])
            .describe('Points along the railway from the previous stop to this one, so the line follows the track.'),
          rail: railDistanceSchema().optional(),
          line: z
            .literal('approximate', {
              error:
                'line is either left out or written "line: approximate" (the leg to this stop is drawn through too few known stations to be measured by).',
            })
            .optional()
            .describe(
              'approximate when the line to this stop is drawn through too few known stations to measure by: the 15 % check against rail.km is skipped, and the site shows a length read off this line only as "about … along an approximate line".',
            ),
          passage: idReference('passages').optional().describe('The id of a source passage about this stop, if any.'),
          date: partialDateSchema
            .optional()
            .describe('When the train was at this stop, as precisely as reported: "2023-09-13".'),
          dateCitation: idReference('passages')
            .optional()
            .describe("The id of the passage that dates the stop, when it is not the stop's own passage."),
          note: z
            .string()
            .max(200, 'Keep the note to 200 characters.')
            .optional()
            .describe('A short note on the stop.'),
        }),
      )
      .min(2, 'A route needs at least two stops: where it starts and where it ends.')
      .describe('The places the route passes, in order.'),
    figures: z
      .array(
        z.object({
          passage: idReference('passages').describe('The id of the source passage that gives the figure.'),
          words: z
            .string()
            .min(3)
            .max(120)
            .describe(
              'The words of the figure, exactly as they appear in the passage, for example "the arduous 20-hour journey".',
            ),
          from: idReference('places').describe('The stop the figure is measured from.'),
          to: idReference('places').describe('The stop the figure is measured to.'),
        }),
      )
      .default([])
      .describe('Distances and durations the sources give, shown beside the ones computed from the line.'),
  });
}
