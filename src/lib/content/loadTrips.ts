/** Every trip, earliest first. Shared by the timeline, the trips index and each trip's page. */
import { getCollection } from 'astro:content';
import { compareTrips } from '../trips/tripOrder.ts';

export async function loadTripsInOrder() {
  return (await getCollection('trips')).sort((a, b) => compareTrips(a.data, b.data));
}
