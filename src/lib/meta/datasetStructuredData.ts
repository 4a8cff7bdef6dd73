/**
 * /data/ as a schema.org Dataset, the form dataset search engines read: its version,
 * licence, publisher, the years the trips cover and a DataDownload for every file.
 */
import type { JsonLd } from './structuredData.ts';

export interface DatasetDownload {
  /** Absolute address of the file. */
  url: string;
  /** Its media type, without parameters: "text/csv". */
  mediaType: string;
  name: string;
}

export function datasetStructuredData(input: {
  name: string;
  description: string;
  url: string;
  version: string;
  licenseUrl: string;
  publisher: { name: string; url: string };
  /** "1949/2025": the span of the trips, as ISO 8601 allows a period to be written. */
  temporalCoverage?: string | undefined;
  downloads: readonly DatasetDownload[];
}): JsonLd {
  const publisher = { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    version: input.version,
    license: input.licenseUrl,
    isAccessibleForFree: true,
    creator: publisher,
    publisher,
    ...(input.temporalCoverage ? { temporalCoverage: input.temporalCoverage } : {}),
    distribution: input.downloads.map((download) => ({
      '@type': 'DataDownload',
      name: download.name,
      encodingFormat: download.mediaType,
      contentUrl: download.url,
    })),
  };
}

/** The span from the earliest start to the latest end (or start), to the year. */
export function yearSpan(trips: ReadonlyArray<{ start: string; end: string | null }>): string | undefined {
  const years = trips.flatMap((trip) => [trip.start, trip.end ?? trip.start]).map((date) => date.slice(0, 4));
  if (years.length === 0) return undefined;
  const sorted = [...years].sort();
  return `${sorted[0]}/${sorted.at(-1)}`;
}
