/**
 * What the interactive map fetches: the route map data plus the labels, the side of
 * each place label and the basemap files with the zooms they serve. Coordinates are
 * rounded to about 10 m, plenty for any zoom the map allows.
 */
import { BASEMAP_FILES } from './basemapSpecs.ts';
import type { Bounds } from './bounds.ts';
import type { LngLat } from './lngLat.ts';
import { AREA_LABELS, type AreaLabel } from '../mapLayout/areaLabels.ts';
import { DEFAULT_LABEL_PLACEMENT, type LabelPlacement } from '../mapLayout/labelSides.ts';
import type { RouteMapData } from './routeMapData.ts';

export interface InteractiveMapData extends RouteMapData {
  labels: ReadonlyArray<AreaLabel>;
  labelPlacements: Record<string, LabelPlacement>;
  basemaps: Array<{ id: string; url: string; bounds: Bounds; minZoom: number; maxZoom: number }>;
}

const round = (value: number): number => Math.round(value * 1e4) / 1e4;
const roundLine = (line: ReadonlyArray<LngLat>): LngLat[] => line.map(([x, y]) => [round(x), round(y)]);

export function interactiveMapData(data: RouteMapData): InteractiveMapData {
  return {
    route: { ...data.route, lines: data.route.lines.map(roundLine) },
    trips: data.trips.map((trip) => ({
      ...trip,
      // The map draws the lines; the published distances and their sources are in the page's table.
      segments: trip.segments.map(({ rail: _rail, ...segment }) => ({ ...segment, line: roundLine(segment.line) })),
    })),
    labels: AREA_LABELS,
    labelPlacements: Object.fromEntries([
      ...data.trips.flatMap((trip) =>
        trip.places.map((place) => [place.id, place.label ?? DEFAULT_LABEL_PLACEMENT] as const),
      ),
      ...data.route.stops.map((stop) => [stop.id, stop.label] as const),
    ]),
    basemaps: basemapFiles(),
  };
}

/** The basemap files a live map loads as it zooms, with their addresses on the site. */
export function basemapFiles(): InteractiveMapData['basemaps'] {
  return BASEMAP_FILES.map(({ id, bounds, minZoom, maxZoom }) => ({
    id,
    url: `/map-data/${id}.json`,
    bounds,
    minZoom,
    maxZoom,
  }));
}
