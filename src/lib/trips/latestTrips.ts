/** The page of trips an embed shows: the latest first, at most `count` of them. */
export function latestTrips<T>(tripsEarliestFirst: readonly T[], count: number): T[] {
  return tripsEarliestFirst.slice(Math.max(0, tripsEarliestFirst.length - count)).reverse();
}
