/**
 * Natural Earth's land and borders, split once into their polygons and lines, each with the
 * box around it, so that a map of one region clips only the shapes that reach its box. At
 * 1:10m the world's land is hundreds of thousands of points, and clipping all of them for
 * every trip's map made the build grow by half a second a trip.
 *
 * Leaving out a shape whose box misses the map's box changes nothing the clip draws: in the
 * plane, such a shape has no edge inside the box and cannot surround it. Boxes that are clipped
 * on the sphere (continental, or reaching the antimeridian) get every shape, as before.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Bounds } from './bounds.ts';
import { clipsOnTheSphere } from './clipToBounds.ts';

export type Shapes = FeatureCollection | Feature | Geometry;

interface Part {
  coordinates: unknown;
  box: Bounds;
}

type IndexedGeometry = { geometry: Geometry; parts: Part[] | undefined };

export type IndexedShapes =
  | { whole: FeatureCollection; features: { feature: Feature; geometry: IndexedGeometry | undefined }[] }
  | { whole: Feature; geometry: IndexedGeometry | undefined }
  | { whole: Geometry; geometry: IndexedGeometry };

function boxOf(positions: Position[][]): Bounds {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const line of positions) {
    for (const [longitude, latitude] of line) {
      box.west = Math.min(box.west, longitude!);
      box.east = Math.max(box.east, longitude!);
      box.south = Math.min(box.south, latitude!);
      box.north = Math.max(box.north, latitude!);
    }
  }
  return box;
}

/** The parts of a geometry that can be left out one by one: a MultiPolygon's polygons, a MultiLineString's lines. */
function indexGeometry(geometry: Geometry): IndexedGeometry {
  if (geometry.type === 'MultiPolygon')
    return { geometry, parts: geometry.coordinates.map((polygon) => ({ coordinates: polygon, box: boxOf(polygon) })) };
  if (geometry.type === 'MultiLineString')
    return { geometry, parts: geometry.coordinates.map((line) => ({ coordinates: line, box: boxOf([line]) })) };
  return { geometry, parts: undefined };
}

export function indexShapes(shapes: Shapes): IndexedShapes {
  if (shapes.type === 'FeatureCollection') {
    return {
      whole: shapes,
      features: shapes.features.map((feature) => ({
        feature,
        geometry: feature.geometry ? indexGeometry(feature.geometry) : undefined,
      })),
    };
  }
  if (shapes.type === 'Feature')
    return { whole: shapes, geometry: shapes.geometry ? indexGeometry(shapes.geometry) : undefined };
  return { whole: shapes, geometry: indexGeometry(shapes) };
}

const meets = (a: Bounds, b: Bounds): boolean =>
  a.east >= b.west && a.west <= b.east && a.north >= b.south && a.south <= b.north;

function geometryNear({ geometry, parts }: IndexedGeometry, bounds: Bounds): Geometry {
  if (!parts) return geometry;
  const coordinates = parts.filter((part) => meets(part.box, bounds)).map((part) => part.coordinates);
  return { ...geometry, coordinates } as Geometry;
}

/** The shapes, less the polygons and lines that cannot reach `bounds`, in the same order and form. */
export function shapesNear(indexed: IndexedShapes, bounds: Bounds): Shapes {
  if (clipsOnTheSphere(bounds)) return indexed.whole;
  if ('features' in indexed) {
    return {
      ...indexed.whole,
      features: indexed.features.map(({ feature, geometry }) =>
        geometry ? { ...feature, geometry: geometryNear(geometry, bounds) } : feature,
      ),
    };
  }
  if (indexed.whole.type === 'Feature') {
    const { geometry } = indexed as { whole: Feature; geometry: IndexedGeometry | undefined };
    return geometry ? { ...indexed.whole, geometry: geometryNear(geometry, bounds) } : indexed.whole;
  }
  return geometryNear((indexed as { geometry: IndexedGeometry }).geometry, bounds);
}
