import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipToBounds } from '../../../src/lib/geo/clipToBounds.ts';
import { indexShapes, shapesNear } from '../../../src/lib/geo/shapesNear.ts';
import type { Bounds } from '../../../src/lib/geo/bounds.ts';

const require = createRequire(import.meta.url);
const topology = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), 'utf8')) as Topology;
const land = topology('land-50m');
const countries = topology('countries-50m');
const landShapes = feature(land, land.objects['land'] as GeometryCollection);
const borderLines = mesh(countries, countries.objects['countries'] as GeometryCollection, (a, b) => a !== b);

const BOXES: Record<string, Bounds> = {
  'the Korean peninsula': { west: 124, south: 37, east: 131, north: 43 },
  'Beijing to Pyongyang': { west: 115, south: 36, east: 127, north: 42.5 },
  'open sea east of Japan': { west: 150, south: 30, east: 160, north: 35 },
  'inside a continent, no coast': { west: 95, south: 45, east: 100, north: 50 },
  'Moscow to Pyongyang': { west: 36, south: 35, east: 132, north: 58 },
  'across the antimeridian': { west: 160, south: 50, east: 190, north: 72 },
};

describe('shapesNear', () => {
  const landIndex = indexShapes(landShapes);
  const borderIndex = indexShapes(borderLines);

  for (const [name, bounds] of Object.entries(BOXES)) {
    it(`clips to the same land and borders as the whole world does (${name})`, () => {
      expect(clipToBounds(shapesNear(landIndex, bounds), bounds)).toEqual(clipToBounds(landShapes, bounds));
      expect(clipToBounds(shapesNear(borderIndex, bounds), bounds)).toEqual(clipToBounds(borderLines, bounds));
    });
  }

  it('leaves out the land and borders far from a regional box', () => {
    const bounds = BOXES['the Korean peninsula']!;
    const near = shapesNear(borderIndex, bounds) as MultiLineString;
    expect(near.coordinates.length).toBeGreaterThan(0);
    expect(near.coordinates.length).toBeLessThan((borderLines as MultiLineString).coordinates.length / 10);
    const polygons = (shapes: FeatureCollection) =>
      shapes.features.flatMap((shape) => (shape.geometry as MultiPolygon).coordinates);
    const nearLand = polygons(shapesNear(landIndex, bounds) as FeatureCollection);
    expect(nearLand.length).toBeGreaterThan(0);
    expect(nearLand.length).toBeLessThan(polygons(landShapes).length / 10);
  });

  it('keeps a polygon that covers the whole box, though none of its edges cross it', () => {
    const bounds = BOXES['inside a continent, no coast']!;
    const clipped = clipToBounds(shapesNear(landIndex, bounds), bounds);
    expect(clipped.lines.length).toBeGreaterThan(0);
  });
});
