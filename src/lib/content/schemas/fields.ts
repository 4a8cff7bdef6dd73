/**
 * The pieces every content schema is built from: ids, dates, addresses, places' positions,
 * the lists of modes and countries, and the dated changes to a page.
 */
import { z } from 'astro/zod';
import { idReference } from './idReference.ts';
import { PARTIAL_DATE_HINT, normalisePartialDateInput, parsePartialDate } from '../../dates/partialDate.ts';
import { dateProblem } from '../../dates/dateAdvice.ts';
import { readDate } from './readDate.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_HINT = 'Use lower-case letters, digits and single hyphens only, for example "vladivostok-2019".';

/** Social cards cut descriptions off at about 160 characters. */
export const DESCRIPTION_MAX = 160;

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

export const httpUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'Write the full address, starting with https:// (or http://), as it appears in the browser.',
  })
  .describe('A web address starting with https://.');

export function enumWithHint<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: () => `${what} must be one of: ${values.join(', ')}.` });
}

/**
 * The one date rule, for every date field of every collection: "2018", "2019-04" or
 * "2023-09-10", a real calendar date (content is read without YAML's implicit dates, so no
 * timezone ever shifts it). The text is read once, into a PartialDate the site uses from
 * then on. A new date field uses this schema, or `dayDateSchema`, and gets the rule, its
 * messages and its JSON Schema pattern.
 */
export const partialDateSchema = z
  .preprocess(
    normalisePartialDateInput,
    z
      .string({ error: PARTIAL_DATE_HINT })
      .transform(readDate((text, refuse) => parsePartialDate(text) ?? refuse(dateProblem(text)))),
  )
  .meta({ date: 'partial' });

export const DAY_HINT = 'Write a full date as YYYY-MM-DD, in quotes, for example "2023-09-12".';

/** A date to the day, for article metadata: the same rule, at day precision. */
export const dayDateSchema = z
  .preprocess(
    normalisePartialDateInput,
    z.string({ error: DAY_HINT }).transform(
      readDate((text, refuse) => {
        const date = parsePartialDate(text);
        if (date === null) return refuse(dateProblem(text));
        return date.precision === 'day' ? date : refuse(`"${text}" gives no day. ${DAY_HINT}`);
      }),
    ),
  )
  .meta({ date: 'day' });

export const CHANGE_KINDS = ['correction', 'update'] as const;

/**
 * Dated changes to a page, shown at its foot and on /corrections/: a correction puts
 * right something the page got wrong; an update adds to or revises it as the record grows.
 */
export function changesSchema() {
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
        concerns: idReference('corrections')
          .optional()
          .describe('The correction to a source document behind the change, by id (content/corrections/), if any.'),
      }),
    )
    .default([])
    .describe('Dated corrections and updates to the page, each with what changed and why.');
}

export const latitudeSchema = z
  .number({ error: 'latitude must be a number of degrees, for example 43.80.' })
  .min(-90, 'latitude must be between -90 and 90 degrees (south is negative).')
  .max(90, 'latitude must be between -90 and 90 degrees (north is positive, for example 43.80).');
export const longitudeSchema = z
  .number({ error: 'longitude must be a number of degrees, for example 131.95.' })
  .min(-180, 'longitude must be between -180 and 180 degrees (west is negative).')
  .max(180, 'longitude must be between -180 and 180 degrees (east is positive, for example 131.95).');
