import { describe, expect, it } from 'vitest';
import { areaHalfWidth, buildStaticMap, scaleFor } from '../../../src/lib/geo/staticMap.ts';
import { clipToBounds } from '../../../src/lib/geo/clipToBounds.ts';
import { distanceKm } from '../../../src/lib/geo/distance.ts';
import type { LngLat } from '../../../src/lib/geo/lngLat.ts';

const PYONGYANG: LngLat = [125.7625, 39.0392];
const USSURIYSK: LngLat = [131.9456, 43.8003];
const VLADIVOSTOK: LngLat = [131.8855, 43.1155];

const noBasemap = () => ({ id: 'none', bounds: { west: 0, south: 0, east: 0, north: 0 }, land: [], borders: [] });

describe('buildStaticMap', () => {
  const model = buildStaticMap({
    width: 400,
    height: 400,
    focus: [PYONGYANG, USSURIYSK],
    lines: [{ kind: 'rail', line: [PYONGYANG, VLADIVOSTOK, USSURIYSK] }],
    markers: [
      { id: 'pyongyang', position: PYONGYANG, name: 'Pyongyang' },
      { id: 'ussuriysk', position: USSURIYSK, name: 'Ussuriysk' },
    ],
    basemap: noBasemap,
  });

  it('puts every marker inside the drawing, clear of the edges', () => {
    for (const marker of model.markers) {
      expect(marker.x).toBeGreaterThan(20);
      expect(marker.x).toBeLessThan(380);
      expect(marker.y).toBeGreaterThan(20);
      expect(marker.y).toBeLessThan(380);
    }
  });

  it('keeps north up and east right', () => {
    const [pyongyang, ussuriysk] = model.markers;
    expect(ussuriysk!.x).toBeGreaterThan(pyongyang!.x);
    expect(ussuriysk!.y).toBeLessThan(pyongyang!.y);
  });

  it('draws a scale bar as long as the kilometres it claims', () => {
    // Ussuriysk–Pyongyang on the drawing gives the drawing's scale along that line.
    const [pyongyang, ussuriysk] = model.markers;
    const pixels = Math.hypot(ussuriysk!.x - pyongyang!.x, ussuriysk!.y - pyongyang!.y);
    const kmPerPixel = distanceKm(PYONGYANG, USSURIYSK) / pixels;
    // Mercator stretches with latitude, so allow the difference between 39° and 44° north.
    expect(model.scaleBar.km / model.scaleBar.px).toBeGreaterThan(kmPerPixel * 0.85);
    expect(model.scaleBar.km / model.scaleBar.px).toBeLessThan(kmPerPixel * 1.15);
  });

  it('labels the sea that lies within the frame', () => {
    expect(model.areas.map((area) => area.text)).toContain('Sea of Japan');
  });

  it('leaves out a sea or country name that would run off the side of the drawing', () => {
    // The frame's east edge falls just past the Sea of Japan's point (131.6° E): its point is
    // inside, its words are not.
    const cut = buildStaticMap({
      width: 400,
      height: 300,
      focus: [PYONGYANG, [130.5, 42.3]],
      lines: [],
      markers: [],
      textSize: 14,
      basemap: noBasemap,
    });
    const sea = cut.areas.find((area) => area.text === 'Sea of Japan');
    expect(sea).toBeUndefined();
    for (const area of [...model.areas, ...cut.areas]) {
      const half = areaHalfWidth(
        { text: area.text, kind: area.kind, ...(area.secondLine ? { secondLine: area.secondLine } : {}) },
        13,
      );
      expect(area.x - half).toBeGreaterThanOrEqual(0);
      expect(area.x + half).toBeLessThanOrEqual(400);
    }
  });
});

describe('scaleFor', () => {
  it('uses 1:10m detail for the route region and coarser data for wider views', () => {
    expect(scaleFor({ west: 124, south: 38, east: 134, north: 45 })).toBe('10m');
    expect(scaleFor({ west: 100, south: 20, east: 135, north: 45 })).toBe('50m');
    expect(scaleFor({ west: 30, south: 0, east: 140, north: 60 })).toBe('110m');
  });
});

/** A GeoJSON polygon of one ring. */
const polygon = (...ring: Array<[longitude: number, latitude: number]>) => ({
  type: 'Polygon' as const,
  coordinates: [ring],
});

describe('clipToBounds', () => {
  it('cuts a polygon to the box and closes it along the edge', () => {
    const square = polygon([0, 0], [0, 10], [10, 10], [10, 0], [0, 0]);
    const { lines } = clipToBounds(square, { west: 5, south: -5, east: 15, north: 5 });
    expect(lines).toHaveLength(1);
    const ring = lines[0]!;
    expect(ring[0]).toEqual(ring.at(-1));
    for (const [x, y] of ring) {
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(5);
    }
  });
});

describe('clipToBounds across the antimeridian', () => {
  it('cuts a ring that crosses 180° instead of drawing a line round the world', () => {
    // Clockwise, as d3 and world-atlas wind an exterior ring.
    const acrossDateLine = polygon([170, 60], [170, 70], [-170, 70], [-170, 60], [170, 60]);
    const { lines } = clipToBounds(acrossDateLine, { west: -180, south: -85, east: 180, north: 85 });
    const longestStep = Math.max(
      ...lines.flatMap((ring) => ring.slice(1).map((point, index) => Math.abs(point[0] - ring[index]![0]))),
    );
    expect(longestStep).toBeLessThan(30);
  });
});
