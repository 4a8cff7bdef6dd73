/**
 * A trip page's Event, with the card and address the rest of the site uses, and, once the
 * page has changed, the WebPage that carries its dateModified and corrections.
 */
import { socialImageUrl } from './socialImagePath.ts';
import { tripEvent, tripWebPage, type JsonLd, type TripPlace } from './structuredData.ts';

export function tripStructuredData(input: {
  title: string;
  description: string;
  path: string;
  startIso: string;
  endIso?: string | undefined;
  traveller: string;
  destination: TripPlace;
  site: URL;
  /** The day the page last changed, as YYYY-MM-DD; absent when it never has. */
  modified?: string | undefined;
  correction?: readonly JsonLd[];
}): JsonLd | JsonLd[] {
  const event = tripEvent({
    name: input.title,
    description: input.description,
    url: new URL(input.path, input.site).href,
    imageUrl: socialImageUrl(input.path, input.site),
    startDate: input.startIso,
    ...(input.endIso ? { endDate: input.endIso } : {}),
    traveller: input.traveller,
    destination: input.destination,
  });
  if (input.modified === undefined) return event;
  const url = new URL(input.path, input.site).href;
  return [
    event,
    tripWebPage({ name: input.title, url, dateModified: input.modified, correction: input.correction ?? [] }),
  ];
}
