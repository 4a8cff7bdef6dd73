/** The leaders of content/leaders/, looked up by the id a trip's `leader` gives. */
import { getCollection } from 'astro:content';
import type { LeaderData } from './schemas.ts';

export type LeaderOf = (id: string) => LeaderData;

export async function loadLeaders(): Promise<LeaderOf> {
  const leaders = new Map((await getCollection('leaders')).map((leader) => [leader.id, leader.data]));
  return (id) => {
    const leader = leaders.get(id);
    // The content check refuses a trip whose leader has no file, so a miss here is a fault in that check.
    if (leader === undefined)
      throw new Error(`No leader "${id}" in content/leaders/, though the content check passed.`);
    return leader;
  };
}
