/**
 * The embeddable views and the full pages they come from. The embed control, the embed
 * pages and the tests all read the addresses from here.
 */
import { tripPagePath } from '../trips/tripAddresses.ts';

export interface EmbedPage {
  path: string;
  title: string;
  description: string;
  fullPagePath: string;
  /** A first height for the iframe code, close to the real one, so the host page barely shifts. */
  initialHeight: number;
}

export const EMBEDS = {
  map: {
    path: '/embed/map/',
    title: "Route map: Kim Jong Un's rail journey to Russia, September 2023",
    description:
      "The rail route of Kim Jong Un's September 2023 journey to Russia and the trips of North Korea's leaders, for embedding in another page.",
    fullPagePath: '/trips/',
    initialHeight: 560,
  },
  timeline: {
    path: '/embed/timeline/',
    title: "Timeline of North Korean leaders' trips",
    description:
      "The journeys abroad of North Korea's leaders that public reports document and date, for embedding in another page.",
    fullPagePath: '/trips/',
    initialHeight: 720,
  },
} as const satisfies Record<string, EmbedPage>;

export function tripEmbed(slug: string, title: string, description: string): EmbedPage {
  return {
    path: `/embed/trips/${slug}/`,
    title,
    description: description.length > 160 ? `${description.slice(0, 157).trimEnd()}…` : description,
    fullPagePath: tripPagePath(slug),
    initialHeight: 480,
  };
}
