/**
 * A key fact on the home page: one YAML file in content/facts/.
 */
import { z } from 'astro/zod';
import { optionalIds, requiredIds } from './idLists.ts';

/** A key fact for the home page: a short label, the figure itself and the passages behind it. */
export function factSchema() {
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
    citations: requiredIds(
      'passages',
      'Every key fact needs at least one citation: add the id of a source passage from content/sources/.',
      'Ids of the source passages the fact comes from.',
    ),
    corrections: optionalIds(
      'corrections',
      'Corrections to the source documents that concern this fact, by id (content/corrections/).',
    ),
  });
}
