/**
 * The timeline's sections. Trips are grouped by leader: the three leaders' years do not
 * overlap, so the groups keep the list in time order and read as eras, and they stay a
 * handful of sections of similar size however many trips are added (a decade grouping
 * leaves some decades with one trip and others with a dozen).
 */

export interface TripGroup<T> {
  /** The leader id: also the value of the leader filter, and the group's anchor. */
  key: string;
  label: string;
  trips: T[];
}

/**
 * Groups in the order their first trip appears, trips in the order given, so a list sorted
 * by date stays sorted. A leader who comes back after another leader's trip gets a second
 * group rather than moving trips out of time order.
 */
export function groupTripsByLeader<T extends { leader: string; leaderName: string }>(
  trips: readonly T[],
): TripGroup<T>[] {
  const groups: TripGroup<T>[] = [];
  for (const trip of trips) {
    const last = groups.at(-1);
    if (last !== undefined && last.key === trip.leader) last.trips.push(trip);
    else groups.push({ key: trip.leader, label: trip.leaderName, trips: [trip] });
  }
  return groups;
}
