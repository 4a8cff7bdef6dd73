/**
 * The address of every passage, read from the sources once per build: components that
 * link to a passage know only its id.
 */
import { getCollection } from 'astro:content';
import { passageHref } from '../citations/sourcePages.ts';

let built: Promise<Map<string, string>> | undefined;

async function buildFromContent(): Promise<Map<string, string>> {
  const hrefs = new Map<string, string>();
  for (const source of await getCollection('sources')) {
    for (const passage of source.data.passages) hrefs.set(passage.id, passageHref(passage.id, source.data));
  }
  return hrefs;
}

export function loadPassageLinks(): Promise<Map<string, string>> {
  if (!import.meta.env.PROD) return buildFromContent();
  built ??= buildFromContent();
  return built;
}

/** The address of one passage; the validator has made sure it exists. */
export async function passageLink(passageId: string): Promise<string> {
  const href = (await loadPassageLinks()).get(passageId);
  if (href === undefined) throw new Error(`No passage "${passageId}" in content/sources/.`);
  return href;
}
