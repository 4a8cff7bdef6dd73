/**
 * A place: one YAML file in content/places/.
 */
import { z } from 'astro/zod';
import { PLACE_KINDS, COUNTRIES, httpUrlSchema, enumWithHint, latitudeSchema, longitudeSchema } from './fields.ts';

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
