/**
 * What every data file says about itself: which version of the data it is, the licence,
 * and how to credit it. A file passed on without the /data/ page still carries them.
 */
import { createHash } from 'node:crypto';
import { SITE_NAME } from '../site/siteInfo.ts';

export const DATA_LICENCE = {
  /** The SPDX identifier, which Data Package and most data tools read. */
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The address of the data page: the dictionary, the licence and every file. */
export const DATA_PAGE_PATH = '/data/';

/** The members every JSON and GeoJSON file starts with; snake_case, like the fields. */
export interface DataRelease {
  title: string;
  /** "<built>.<first 12 hex digits of the hash>": the day says how recent, the hash what changed. */
  version: string;
  /** The day the files were written, YYYY-MM-DD. */
  built: string;
  /** SHA-256 of the data itself: the same data gives the same hash whenever it is built. */
  content_hash: string;
  license: string;
  license_url: string;
  attribution: string;
  /** The data page, with the dictionary of the fields. */
  source: string;
}

/**
 * @param sets the data sets as handed to the file writers: their order and values are
 *   the content, so any change to a record or a line changes the hash
 */
export function dataRelease(sets: object, options: { built: string; site: URL }): DataRelease {
  const hash = createHash('sha256').update(JSON.stringify(sets)).digest('hex');
  const source = new URL(DATA_PAGE_PATH, options.site).href;
  return {
    title: `${SITE_NAME}: trips, places and railway lines`,
    version: `${options.built}.${hash.slice(0, 12)}`,
    built: options.built,
    content_hash: `sha256:${hash}`,
    license: DATA_LICENCE.id,
    license_url: DATA_LICENCE.url,
    attribution: `${SITE_NAME} (${source}), CC BY 4.0`,
    source,
  };
}
