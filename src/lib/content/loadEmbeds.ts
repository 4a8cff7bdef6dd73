/**
 * The embeds whose titles come from more than one file: the map (its route's title) and
 * the timeline (how many trips, over which years). Trip embeds need only their trip; see
 * tripEmbed in src/lib/embed/embedPages.ts.
 */
import { loadRouteMap } from './loadRouteMap.ts';
import { loadLeaders } from './loadLeaders.ts';
import { loadTripsInOrder } from './loadTrips.ts';
import { mapEmbed, timelineEmbed, tripEmbed, type EmbedPage } from '../embed/embedPages.ts';
import { toTripEntry } from '../trips/tripEntry.ts';

export async function loadMapEmbed(): Promise<EmbedPage> {
  return mapEmbed((await loadRouteMap()).route);
}

export async function loadTimelineEmbed(): Promise<EmbedPage> {
  const trips = await loadTripsInOrder();
  return timelineEmbed({
    count: trips.length,
    firstYear: String(trips[0]?.data.start.year ?? ''),
    lastYear: String(trips.at(-1)?.data.start.year ?? ''),
  });
}

/** Every embed the site offers: the map, the timeline and each trip, at its own address. */
export async function loadAllEmbeds(): Promise<EmbedPage[]> {
  const leaderOf = await loadLeaders();
  const trips = (await loadTripsInOrder()).map((trip) => {
    const entry = toTripEntry(trip.data, leaderOf(trip.data.leader));
    return tripEmbed(trip.id, entry.title, entry.description);
  });
  return [await loadMapEmbed(), await loadTimelineEmbed(), ...trips];
}
