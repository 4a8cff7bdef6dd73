/** A trip page's Event, with the card and address the rest of the site uses. */
import { socialImageUrl } from './socialImagePath.ts';
import { tripEvent, type JsonLd, type TripPlace } from './structuredData.ts';

export function tripStructuredData(input: {
  title: string;
  description: string;
  path: string;
  startIso: string;
  endIso?: string | undefined;
  traveller: string;
  destination: TripPlace;
  site: URL;
}): JsonLd {
  return tripEvent({
    name: input.title,
    description: input.description,
    url: new URL(input.path, input.site).href,
    imageUrl: socialImageUrl(input.path, input.site),
    startDate: input.startIso,
    ...(input.endIso ? { endDate: input.endIso } : {}),
    traveller: input.traveller,
    destination: input.destination,
  });
}
