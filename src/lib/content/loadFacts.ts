/** The home page's key facts, in the order editors set. */
import { getCollection } from 'astro:content';

export async function loadFactsInOrder() {
  return (await getCollection('facts')).sort((a, b) => a.data.order - b.data.order);
}
