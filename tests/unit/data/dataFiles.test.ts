import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DATA_SETS, dataFile, tripGeoJson, type DataFilesInput } from '../../../src/lib/data/dataFiles.ts';
import { COLUMNS, LIST_SEPARATOR } from '../../../src/lib/data/dataColumns.ts';
import { dataRelease } from '../../../src/lib/data/dataRelease.ts';
import type { PlaceRecord, RouteRecord, TripRecord } from '../../../src/lib/data/dataRecords.ts';

const trip: TripRecord = {
  slug: 'kim-jong-un-hanoi-2019',
  title: 'Kim Jong Un by train to Hanoi',
  leader: 'kim-jong-un',
  leaderName: 'Kim Jong Un',
  start: '2019-02-23',
  startPrecision: 'day',
  end: null,
  endPrecision: null,
  dateNote: null,
  mode: 'train-and-car',
  modeNote: 'The last stretch by car.',
  origin: 'pyongyang',
  destination: 'hanoi',
  stops: ['dandong', 'dong-dang'],
  returnTo: null,
  met: null,
  purpose: null,
  summary: 'Summary.',
  verification: 'reported-by-media',
  passages: ['a', 'b'],
  sourceUrls: ['https://one.example/', 'https://two.example/?q=1'],
  pageUrl: 'https://site.example/trips/kim-jong-un-hanoi-2019/',
};
const place: PlaceRecord = {
  id: 'hanoi',
  nameEn: 'Hanoi',
  nameKo: '하노이',
  nameRu: 'Ханой',
  nameZh: null,
  nameVi: 'Hà Nội',
  latitude: 21.0245,
  longitude: 105.8412,
  kind: 'capital',
  country: 'VN',
  gazetteer: 'GeoNames',
  gazetteerUrl: 'https://www.geonames.org/1581130',
};
const route: RouteRecord = {
  id: 'rail-2019',
  title: 'The line to Dong Dang',
  summary: 'Summary.',
  stops: ['dandong', 'dong-dang'],
  drawnLengthKm: 12.5,
  approximateLegs: ['dong-dang'],
  passages: ['c'],
  sourceUrls: ['https://three.example/'],
};
const sets = {
  trips: [
    {
      record: trip,
      lines: [
        [
          [124.4, 40.1],
          [106.7, 21.8],
        ] as [number, number][],
      ],
    },
  ],
  places: [place],
  routes: [{ record: route, lines: [] }],
};
const release = dataRelease(sets, { built: '2031-05-06', site: new URL('https://site.example/') });
const data: DataFilesInput = { ...sets, release };

const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

describe('the data files', () => {
  for (const set of DATA_SETS) {
    const names = COLUMNS[set].map((column) => column.name);

    it(`name every ${set} field as the dictionary does, in snake_case, in CSV, JSON and GeoJSON alike`, () => {
      for (const name of names) expect(name).toMatch(SNAKE_CASE);
      const [header] = parse(dataFile(data, set, 'csv'), { bom: true, to_line: 1 }) as string[][];
      expect(header).toEqual(names);
      for (const record of JSON.parse(dataFile(data, set, 'json')).records) expect(Object.keys(record)).toEqual(names);
      for (const feature of JSON.parse(dataFile(data, set, 'geojson')).features)
        expect(Object.keys(feature.properties)).toEqual(names);
    });

    it(`gives ${set}.geojson only plain values a Shapefile or GeoPackage can hold, lists joined as the CSV joins them`, () => {
      const [, ...rows] = parse(dataFile(data, set, 'csv'), { bom: true }) as string[][];
      const features = JSON.parse(dataFile(data, set, 'geojson')).features as { properties: object }[];
      features.forEach((feature, index) => {
        for (const value of Object.values(feature.properties))
          expect(['string', 'number', 'object']).toContain(typeof value);
        for (const value of Object.values(feature.properties)) if (typeof value === 'object') expect(value).toBeNull();
        expect(Object.values(feature.properties).map((value) => (value === null ? '' : String(value)))).toEqual(
          rows[index],
        );
      });
    });

    it(`carries the version, licence and attribution in ${set}.json and ${set}.geojson`, () => {
      for (const format of ['json', 'geojson'] as const) {
        const file = JSON.parse(dataFile(data, set, format));
        expect(file).toMatchObject({
          version: release.version,
          built: '2031-05-06',
          license: 'CC-BY-4.0',
          license_url: 'https://creativecommons.org/licenses/by/4.0/',
          attribution: expect.stringContaining('The Armored Train'),
        });
      }
    });
  }

  it('keeps lists as arrays in JSON and joins them with the separator the dictionary gives elsewhere', () => {
    expect(LIST_SEPARATOR).toBe('|');
    const [record] = JSON.parse(dataFile(data, 'trips', 'json')).records;
    expect(record.stops).toEqual(trip.stops);
    const [feature] = JSON.parse(dataFile(data, 'trips', 'geojson')).features;
    expect(feature.properties.stops).toBe('dandong|dong-dang');
    expect(feature.properties.source_urls.split(LIST_SEPARATOR)).toEqual(trip.sourceUrls);
  });

  it('gives a trip’s own file the same feature and the same version as trips.geojson', () => {
    const own = JSON.parse(tripGeoJson(data, trip.slug));
    expect(own.features).toEqual(JSON.parse(dataFile(data, 'trips', 'geojson')).features);
    expect(own.version).toBe(release.version);
  });
});

describe('dataRelease', () => {
  const site = new URL('https://site.example/');

  it('versions the data by the build day and a hash of the content', () => {
    expect(release.version.startsWith('2031-05-06.')).toBe(true);
    expect(release.content_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(release.version).toContain(release.content_hash.slice('sha256:'.length, 'sha256:'.length + 12));
  });

  it('gives the same content the same hash on another day, and changed content another', () => {
    const later = dataRelease(sets, { built: '2031-06-01', site });
    expect(later.content_hash).toBe(release.content_hash);
    const changed = dataRelease({ ...sets, places: [{ ...place, latitude: 21.03 }] }, { built: '2031-05-06', site });
    expect(changed.content_hash).not.toBe(release.content_hash);
  });

  it('names the licence and how to credit the data, with the data page’s address', () => {
    expect(release.attribution).toContain('https://site.example/data/');
    expect(release.source).toBe('https://site.example/data/');
  });
});
