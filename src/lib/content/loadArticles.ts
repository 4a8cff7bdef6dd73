/** The published articles, in order. Shared by every page that lists sections. */
import { getCollection } from 'astro:content';
import { publishedInOrder } from './articleOrder.ts';

export async function loadPublishedArticles() {
  return publishedInOrder(await getCollection('articles'));
}
