/**
 * The shape of every file under content/, written for the editors who fill them in.
 *
 * Each field carries a description and, where an editor can go wrong, a message that
 * says what to write instead. The schemas are built by functions that take the way a
 * cross-reference is expressed: Astro's `reference()` inside the site build, a plain
 * id string in the stand-alone validator (which then checks the ids itself, because
 * Astro only logs an unknown reference and still exits 0).
 */
import { z } from 'astro/zod';
import {
  PARTIAL_DATE_HINT,
  isOrderedRange,
  normalisePartialDateInput,
  parsePartialDate,
} from '../dates/partialDate.ts';
import { dateProblem } from '../dates/dateAdvice.ts';

export type ReferencedCollection =
  | 'places'
  | 'trips'
  | 'passages'
  | 'sources'
  | 'routes'
  | 'corrections'
  | 'articles';
/** Builds the schema for a reference to an entry of another collection. */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: ReferencedCollection) => R;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_HINT = 'Use lower-case letters, digits and single hyphens only, for example "vladivostok-2019".';

/** Social cards cut descriptions off at about 160 characters. */
export const DESCRIPTION_MAX = 160;

export const LEADERS = ['kim-il-sung', 'kim-jong-il', 'kim-jong-un'] as const;
export const LEADER_NAMES: Record<(typeof LEADERS)[number], string> = {
  'kim-il-sung': 'Kim Il Sung',
  'kim-jong-il': 'Kim Jong Il',
  'kim-jong-un': 'Kim Jong Un',
};

export const TRAVEL_MODES = ['train', 'plane', 'train-and-plane', 'train-and-car', 'unknown'] as const;
export const TRAVEL_MODE_LABELS: Record<(typeof TRAVEL_MODES)[number], string> = {
  train: 'By train',
  plane: 'By air',
  'train-and-plane': 'By train and by air',
  'train-and-car': 'By train, then by car',
  unknown: 'Mode not reported',
};

/** How one stretch of a journey was made, where it differs from the trip as a whole. */
export const LEG_MODES = ['train', 'car', 'plane'] as const;

export const VERIFICATION_STATUSES = [
  'reported-by-state-media',
  'reported-by-officials',
  'reported-by-media',
  'single-source',
  'confirmed',
] as const;
export const VERIFICATION_LABELS: Record<(typeof VERIFICATION_STATUSES)[number], string> = {
  'reported-by-state-media': 'Reported by North Korean state media',
  'reported-by-officials': 'Reported by officials',
  'reported-by-media': 'Reported by news media',
  'single-source': 'Rests on a single account',
  confirmed: 'Confirmed by several sources',
};

export const PLACE_KINDS = ['capital', 'city', 'town', 'station', 'border-crossing', 'junction', 'landmark'] as const;

export const COUNTRIES = [
  'KP',
  'RU',
  'CN',
  'SG',
  'VN',
  'KR',
  'US',
  'MN',
  'JP',
  'DE',
  'PL',
  'CZ',
  'SK',
  'HU',
  'RO',
  'BG',
  'RS',
  'AL',
  'ID',
  'KH',
  'LA',
  'DZ',
  'EG',
] as const;

/** A public report's passages are quoted, not copied: one or two sentences at most. */
export const REPORT_QUOTE_MAX_WORDS = 40;

export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

const httpUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'Write the full address, starting with https:// (or http://), as it appears in the browser.',
  })
  .describe('A web address starting with https://.');

function enumWithHint<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: () => `${what} must be one of: ${values.join(', ')}.` });
}

/**
 * The one date rule, for every date field of every collection: "2018", "2019-04" or
 * "2023-09-10", a real calendar date, kept as the text written (content is read without
 * YAML's implicit dates, so no timezone ever shifts it). A new date field uses this schema,
 * or `dayDateSchema`, and gets the rule, its messages and its JSON Schema pattern.
 */
export const partialDateSchema = z
  .preprocess(
    normalisePartialDateInput,
    z.string({ error: PARTIAL_DATE_HINT }).refine((text) => parsePartialDate(text) !== null, {
      error: (issue) => dateProblem(String(issue.input)),
    }),
  )
  .meta({ date: 'partial' });

const DAY_HINT = 'Write a full date as YYYY-MM-DD, in quotes, for example "2023-09-12".';

/** A date to the day, for article metadata: the same rule, at day precision. */
export const dayDateSchema = z
  .preprocess(
    normalisePartialDateInput,
    z
      .string({ error: DAY_HINT })
      .refine((text) => parsePartialDate(text) !== null, { error: (issue) => dateProblem(String(issue.input)) })
      .refine((text) => [null, 'day'].includes(parsePartialDate(text)?.precision ?? null), {
        error: (issue) => `"${String(issue.input)}" gives no day. ${DAY_HINT}`,
      }),
  )
  .meta({ date: 'day' });

export const CHANGE_KINDS = ['correction', 'update'] as const;

/**
 * Dated changes to a page, shown at its foot and on /corrections/: a correction puts
 * right something the page got wrong; an update adds to or revises it as the record grows.
 */
function changesSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z
    .array(
      z.object({
        date: dayDateSchema.describe('The day the change was made, as YYYY-MM-DD.'),
        kind: enumWithHint(CHANGE_KINDS, 'kind').describe(
          'correction when the page was wrong; update when it was added to or revised.',
        ),
        what: z
          .string()
          .min(20, 'Say in a sentence what changed on the page.')
          .max(300, 'Keep "what" to 300 characters: one sentence on what changed.')
          .describe('What changed on the page, in one sentence.'),
        why: z
          .string()
          .min(20, 'Say in a sentence why the page changed.')
          .max(300, 'Keep "why" to 300 characters: one sentence on why.')
          .describe('Why it changed, in one sentence: what the record shows, or what was added.'),
        concerns: ref('corrections')
          .optional()
          .describe('The correction to a source document behind the change, by id (content/corrections/), if any.'),
      }),
    )
    .default([])
    .describe('Dated corrections and updates to the page, each with what changed and why.');
}

export function articleSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
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
          "true to show the home page's route map under the headline, and draw the route on the article's social card.",
        ),
      published: dayDateSchema.describe('The day the article was first published, as YYYY-MM-DD.'),
      updated: dayDateSchema
        .optional()
        .describe('The day the article was last changed in substance, as YYYY-MM-DD. Leave out if never updated.'),
      reportingAsOf: dayDateSchema.describe(
        'The date of the newest source the article relies on: readers learn how current the reporting is.',
      ),
      sources: z
        .array(ref('sources'))
        .min(1, 'List at least one source document the article draws on, for example [doc-000].')
        .describe('The source documents the article draws on, by id (the file name in content/sources/).'),
      relatedTrips: z
        .array(ref('trips'))
        .default([])
        .describe('Trips to link from the end of the article, by slug (see content/trips/).'),
      changes: changesSchema(ref),
      draft: z
        .boolean({ error: 'draft must be true or false.' })
        .default(false)
        .describe('true keeps the article out of the built site while it is being written.'),
    })
    .refine((data) => data.updated === undefined || data.updated >= data.published, {
      error: 'updated is earlier than published: the update date must be on or after the publication date.',
      path: ['updated'],
    });
}

export function tripSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
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
      leader: enumWithHint(LEADERS, 'leader').describe('Who travelled: kim-il-sung, kim-jong-il or kim-jong-un.'),
      start: partialDateSchema.describe(
        'When the trip began, as precisely as the source says: "2018", "2019-04" or "2023-09-10".',
      ),
      end: partialDateSchema.optional().describe('When the trip ended, if the source says. Leave out when unknown.'),
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
      origin: ref('places').describe('Where the trip started: a place id from content/places/.'),
      destination: ref('places').describe('Where the trip went: a place id from content/places/.'),
      stops: z
        .array(
          z.union([
            ref('places'),
            z.object({
              place: ref('places').describe('The place id of the stop (a file name in content/places/).'),
              date: partialDateSchema.optional().describe('When the leader was there, as precisely as reported.'),
              by: enumWithHint(LEG_MODES, 'by')
                .optional()
                .describe('How the leader reached this stop from the one before, when it differs from the trip: train, car or plane.'),
              note: z.string().max(200, 'Keep the note to 200 characters.').optional().describe('What happened there.'),
            }),
          ]),
        )
        .default([])
        .describe(
          'Places passed or visited on the way, in order: a place id, or place, date and note. The map draws the route through them.',
        ),
      returnTo: ref('places')
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
      corrections: z
        .array(ref('corrections'))
        .default([])
        .describe('Corrections to the source documents that concern this trip, by id (content/corrections/).'),
      summary: z
        .string()
        .min(40, 'The summary is too short: write one or two sentences (40–400 characters) in your own words.')
        .max(400, 'The summary is too long: keep it to 400 characters and put the detail in an article.')
        .describe('One or two sentences, in your own words, on what the trip was.'),
      citations: z
        .array(ref('passages'))
        .min(1, 'Every trip needs at least one citation: add the id of a source passage from content/sources/.')
        .describe('Ids of the source passages that report this trip (see the passages in content/sources/).'),
      verification: enumWithHint(VERIFICATION_STATUSES, 'verification').describe(
        'How solid the report is: who says the trip happened.',
      ),
      note: z
        .string()
        .max(400, 'The note is too long: keep it to 400 characters.')
        .optional()
        .describe("An editor's note shown with the trip: where the sources disagree or are vague."),
      changes: changesSchema(ref),
    })
    .refine(
      (trip) => {
        if (trip.end === undefined) return true;
        const start = parsePartialDate(trip.start);
        const end = parsePartialDate(trip.end);
        return start === null || end === null || isOrderedRange(start, end);
      },
      { error: 'end is before start: the trip cannot end before it begins. Check both dates.', path: ['end'] },
    );
}

const latitudeSchema = z
  .number({ error: 'latitude must be a number of degrees, for example 43.80.' })
  .min(-90, 'latitude must be between -90 and 90 degrees (south is negative).')
  .max(90, 'latitude must be between -90 and 90 degrees (north is positive, for example 43.80).');
const longitudeSchema = z
  .number({ error: 'longitude must be a number of degrees, for example 131.95.' })
  .min(-180, 'longitude must be between -180 and 180 degrees (west is negative).')
  .max(180, 'longitude must be between -180 and 180 degrees (east is positive, for example 131.95).');

export function placeSchema() {
  return z.object({
    name: z
      .object({
        en: z.string().min(2, 'Give the English name, for example "Ussuriysk".').describe('The name in English.'),
        ko: z.string().optional().describe('The name in Korean (Hangul), for places in Korea.'),
        ru: z.string().optional().describe('The name in Russian (Cyrillic), for places in Russia.'),
        zh: z.string().optional().describe('The name in Chinese (simplified characters), for places in China.'),
        vi: z.string().optional().describe('The name in Vietnamese, for places in Vietnam.'),
      })
      .describe('The place name in English, plus Korean or Russian where they apply.'),
    latitude: latitudeSchema.describe('Degrees north (negative for south), in decimal form: 43.80.'),
    longitude: longitudeSchema.describe('Degrees east (negative for west), in decimal form: 131.95.'),
    kind: enumWithHint(PLACE_KINDS, 'kind').describe('What sort of place it is.'),
    country: enumWithHint(COUNTRIES, 'country').describe('ISO 3166 two-letter country code, for example KP or RU.'),
    onRoute: z.boolean().default(false).describe('true for a stop on the route drawn on the home page map.'),
    coordinates: z
      .object({
        source: z.string().min(3).max(60).describe('The gazetteer the coordinates were checked against: "GeoNames".'),
        url: httpUrlSchema.describe("The address of the place's entry in that gazetteer."),
      })
      .describe('Where the coordinates come from: a gazetteer entry anyone can check.'),
    label: z
      .object({
        side: z
          .enum(['left', 'right'], { error: 'side must be left or right: which side of its dot the name goes.' })
          .describe('Which side of its dot the name goes on the maps.'),
        shift: z
          .number({ error: 'shift must be a number of lines, for example 0.5 or -0.5.' })
          .min(-2, 'A shift of more than two lines moves the name away from its dot: use -2 to 2.')
          .max(2, 'A shift of more than two lines moves the name away from its dot: use -2 to 2.')
          .default(0)
          .describe('Nudge the name up (negative) or down (positive), in lines, where two names would touch.'),
      })
      .optional()
      .describe(
        'Where the name goes beside its dot on the maps. Leave out for the right side; give side: left to keep a name inland, clear of the line.',
      ),
  });
}

/** A point along a line, written [latitude, longitude] like the places. */
const shapePointSchema = z
  .tuple([latitudeSchema, longitudeSchema], {
    error: 'Write each point as [latitude, longitude], for example [42.34, 130.39].',
  })
  .describe('A point the line passes through, as [latitude, longitude].');

/**
 * The length of one leg by rail, as a railway reference gives it: the difference of two
 * stations' kilometre posts on one line, or a length the reference states. It is what the
 * drawn line is checked against and what the estimated time uses.
 */
const railDistanceSchema = z
  .object({
    km: z
      .number({ error: 'km must be a number of kilometres, for example 238.' })
      .positive('km must be more than 0: the rail distance from the previous stop, in kilometres.')
      .max(12000, 'km is more than any railway between two stops: write the distance of this leg only, in kilometres.')
      .describe('The distance by rail from the previous stop (or from branchFrom) to this one, in kilometres.'),
    source: z
      .string()
      .min(3, 'Name the reference the distance comes from, for example "Wikipedia, Hambuk Line".')
      .max(50, 'Keep the name of the reference under 50 characters: it is the link text in the stop table.')
      .describe('A short name of the reference that gives the distance, shown as the link in the stop table.'),
    url: httpUrlSchema.describe('The address of the page the distance was read on.'),
    basis: z
      .string()
      .min(10, 'Say in a few words how the figure is read from the source, for example "Khasan is at km 238".')
      .max(200, 'Keep the basis to 200 characters.')
      .optional()
      .describe('How the figure is read from the source: "Rajin km 328.2 less Hongui km 285.6, plus 9.5 km".'),
  })
  .describe(
    'The published rail distance of the leg to this stop, with its source. The line drawn must be within 15 % of it.',
  );

export function routeSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
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
    citations: z
      .array(ref('passages'))
      .min(1, 'Cite at least one source passage that describes the route.')
      .describe('Ids of the source passages that describe the route as a whole.'),
    provenance: z
      .string()
      .min(40, 'Say in a sentence or two where the stations and the line come from when the sources do not give them.')
      .max(500, 'The provenance note is too long: keep it to 500 characters.')
      .optional()
      .describe("An editor's note shown with the map: where the line comes from when the sources do not say."),
    stops: z
      .array(
        z.object({
          place: ref('places').describe('The place id of the stop (a file name in content/places/).'),
          branchFrom: ref('places')
            .optional()
            .describe('Where the line to this stop leaves from, when it is not the previous stop: an earlier stop.'),
          via: z
            .array(shapePointSchema)
            .default([])
            .describe('Points along the railway from the previous stop to this one, so the line follows the track.'),
          rail: railDistanceSchema.optional(),
          passage: ref('passages').optional().describe('The id of a source passage about this stop, if any.'),
          date: partialDateSchema
            .optional()
            .describe('When the train was at this stop, as precisely as reported: "2023-09-13".'),
          dateCitation: ref('passages')
            .optional()
            .describe('The id of the passage that dates the stop, when it is not the stop\'s own passage.'),
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
          passage: ref('passages').describe('The id of the source passage that gives the figure.'),
          words: z
            .string()
            .min(3)
            .max(120)
            .describe(
              'The words of the figure, exactly as they appear in the passage, for example "the arduous 20-hour journey".',
            ),
          from: ref('places').describe('The stop the figure is measured from.'),
          to: ref('places').describe('The stop the figure is measured to.'),
        }),
      )
      .default([])
      .describe('Distances and durations the sources give, shown beside the ones computed from the line.'),
  });
}

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
        .describe('For a seed document only: the file name of the document as received, in content/sources/originals/.'),
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
      archiveUrl: httpUrlSchema.optional().describe('An archived copy of the report, for example on the Wayback Machine.'),
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
          message: 'A public report needs its publisher: add publisher: the agency, broadcaster or newspaper, for example "Reuters".',
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

/**
 * A correction: where a seed document is wrong or goes further than the public record,
 * what it said (the passage it `corrects`) and what the record shows, each cited.
 */
export function correctionSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z.object({
    corrects: ref('passages').describe('The id of the passage of a seed document that is wrong or goes too far.'),
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
    citations: z
      .array(ref('passages'))
      .min(1, 'A correction needs at least one citation from the public record: add the id of a passage of a report.')
      .describe('Ids of the passages of public reports that show what the record says.'),
  });
}

/** A key fact for the home page: a short label, the figure itself and the passages behind it. */
export function factSchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z.object({
    order: z
      .number()
      .int('Order must be a whole number such as 1, 2 or 3.')
      .min(1, 'Order starts at 1.')
      .describe('Where the fact sits among the key facts: 1 comes first.'),
    label: z
      .string()
      .min(3, 'The label is too short: name what the fact measures, for example "Top speed".')
      .max(40, 'The label is too long: keep it under 40 characters, for example "Top speed".')
      .describe('What the fact measures, shown small above the figure: "Top speed".'),
    value: z
      .string()
      .min(1, 'Give the figure, for example "about 50 km/h".')
      .max(40, 'The figure is too long: keep it under 40 characters and put the rest in the detail.')
      .describe('The figure itself, as the sources give it: "about 50 km/h".'),
    detail: z
      .string()
      .min(10, 'The detail is too short: add a few words of context in your own words.')
      .max(200, 'The detail is too long: keep it to 200 characters.')
      .describe('One line of context, in your own words.'),
    citations: z
      .array(ref('passages'))
      .min(1, 'Every key fact needs at least one citation: add the id of a source passage from content/sources/.')
      .describe('Ids of the source passages the fact comes from.'),
    corrections: z
      .array(ref('corrections'))
      .default([])
      .describe('Corrections to the source documents that concern this fact, by id (content/corrections/).'),
  });
}

/**
 * A journey told day by day on its route: one stage per leg or day, each run along the
 * route between two of its stops, so the map draws every stage from the route's own line.
 * Which stops those are, and that each stage starts where the one before ended, is checked
 * against the route file (checks/storyChecks.ts).
 */
export function storySchema<R extends z.ZodType>(ref: ReferenceFactory<R>) {
  return z.object({
    trip: ref('trips').describe('The trip the story tells, by slug: the page is /trips/<slug>/day-by-day/.'),
    route: ref('routes').describe('The route the stages run along, by id (a file name in content/routes/): rail-2023.'),
    article: ref('articles')
      .optional()
      .describe('The article that tells the journey in full, by id (a file name in content/articles/), linked from the story.'),
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
              .describe('The stage\'s title, shown above its text and announced as the stage changes.'),
            start: partialDateSchema.describe('The day the stage began, as precisely as reported: "2023-09-12".'),
            end: partialDateSchema
              .optional()
              .describe('The day the stage ended, when it ran over more than one day. Leave out for a single day.'),
            from: ref('places').describe('The route stop where the stage starts: a place id on the route.'),
            to: ref('places').describe(
              'The route stop where the train stands at the end of the stage: a place id on the route (the same as from when the train stays put).',
            ),
            text: z
              .string()
              .min(40, 'The stage needs its text: two to four sentences, in your own words.')
              .max(900, 'The stage text is too long: keep it to 900 characters, about four sentences.')
              .describe('What happened on the stage, in your own words.'),
            citations: z
              .array(ref('passages'))
              .min(1, 'Every stage needs at least one citation: add the id of a source passage from content/sources/.')
              .describe('Ids of the source passages the stage text relies on.'),
            corrections: z
              .array(ref('corrections'))
              .default([])
              .describe('Corrections to the source documents that concern this stage, by id (content/corrections/).'),
          })
          .refine(
            (stage) => {
              if (stage.end === undefined) return true;
              const start = parsePartialDate(stage.start);
              const end = parsePartialDate(stage.end);
              return start === null || end === null || isOrderedRange(start, end);
            },
            { error: 'end is before start: a stage cannot end before it begins. Check both dates.', path: ['end'] },
          ),
      )
      .min(2, 'A story needs at least two stages.')
      .describe('The stages of the journey, in the order they happened.'),
  });
}

/** The parsed shapes, with references as plain id strings (as the validator sees them). */
export type ArticleData = z.output<ReturnType<typeof articleSchema<z.ZodString>>>;
export type TripData = z.output<ReturnType<typeof tripSchema<z.ZodString>>>;
export type PlaceData = z.output<ReturnType<typeof placeSchema>>;
export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
export type FactData = z.output<ReturnType<typeof factSchema<z.ZodString>>>;
export type PassageData = z.output<typeof passageSchema>;
export type RouteData = z.output<ReturnType<typeof routeSchema<z.ZodString>>>;
export type StoryData = z.output<ReturnType<typeof storySchema<z.ZodString>>>;
export type CorrectionData = z.output<ReturnType<typeof correctionSchema<z.ZodString>>>;
export type ChangeData = ArticleData['changes'][number];
