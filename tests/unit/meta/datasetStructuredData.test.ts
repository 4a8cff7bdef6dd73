import { describe, expect, it } from 'vitest';
import { datasetStructuredData, yearSpan } from '../../../src/lib/meta/datasetStructuredData.ts';

describe('datasetStructuredData', () => {
  const dataset = datasetStructuredData({
    name: 'Trips',
    description: 'The trips.',
    url: 'https://site.example/data/',
    version: '2031-05-06.0123456789ab',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    publisher: { name: 'The Armored Train', url: 'https://site.example/' },
    temporalCoverage: '1949/2025',
    downloads: [{ url: 'https://site.example/data/trips.csv', mediaType: 'text/csv', name: 'trips.csv' }],
  });

  it('is a free Dataset with its version, licence and publisher', () => {
    expect(dataset).toMatchObject({
      '@type': 'Dataset',
      version: '2031-05-06.0123456789ab',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isAccessibleForFree: true,
      publisher: { '@type': 'Organization', name: 'The Armored Train' },
      temporalCoverage: '1949/2025',
    });
  });

  it('lists each file as a DataDownload with its media type', () => {
    expect(dataset['distribution']).toEqual([
      {
        '@type': 'DataDownload',
        name: 'trips.csv',
        encodingFormat: 'text/csv',
        contentUrl: 'https://site.example/data/trips.csv',
      },
    ]);
  });
});

describe('yearSpan', () => {
  it('runs from the earliest start to the latest end, or start when the end is not known', () => {
    expect(
      yearSpan([
        { start: '1958-11', end: '1958-12-02' },
        { start: '2025-09-02', end: null },
        { start: '1949-03-03', end: '1949-03-25' },
      ]),
    ).toBe('1949/2025');
    expect(yearSpan([])).toBeUndefined();
  });
});
