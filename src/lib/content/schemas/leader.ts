/**
 * A leader whose journeys the site follows: one YAML file in content/leaders/, whose file
 * name is the id a trip's `leader` gives.
 */
import { z } from 'astro/zod';

/** At least one Hangul syllable, and nothing but Hangul and spaces. */
const HANGUL = /^[\uAC00-\uD7A3]+(?: [\uAC00-\uD7A3]+)*$/;

export function leaderSchema() {
  return z.object({
    name: z
      .string()
      .min(3, 'Give the name in English, as the site writes it: "Kim Jong Un".')
      .max(60, 'The name is too long: keep it to 60 characters.')
      .describe('The name in English, as the timeline, the trip pages and the data files show it: "Kim Jong Un".'),
    nativeName: z
      .string()
      .regex(HANGUL, 'Write the name in Hangul, as Korean reports write it: "김정은".')
      .describe(
        'The name in Hangul, as Korean reports write it: "김정은". Not shown; the site search finds the leader\'s trips by it.',
      ),
  });
}
