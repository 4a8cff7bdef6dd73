/**
 * Which basemap files the site serves and how detailed each is: 1:10m Natural Earth
 * for the rail route's region, coarser data for the wider views that trips to Beijing,
 * Hanoi, Singapore or Moscow need. The map swaps between them by zoom.
 */
import type { BasemapSpec } from './basemap.ts';

export type BasemapScale = '10m' | '50m' | '110m';

export interface BasemapFile extends BasemapSpec {
  scale: BasemapScale;
  /** The Leaflet zoom levels at which this layer is drawn. */
  minZoom: number;
  maxZoom: number;
}

export const BASEMAP_FILES: ReadonlyArray<BasemapFile> = [
  {
    id: 'route-region',
    scale: '10m',
    bounds: { west: 121, south: 36, east: 137, north: 47.5 },
    tolerance: 0.004,
    digits: 3,
    minZoom: 6,
    maxZoom: 18,
  },
  {
    id: 'east-asia',
    scale: '50m',
    bounds: { west: 95, south: 15, east: 150, north: 56 },
    tolerance: 0.02,
    digits: 2,
    minZoom: 4,
    maxZoom: 5,
  },
  {
    id: 'world',
    scale: '110m',
    // The whole world, so the edge of the data never shows however far a reader zooms out.
    bounds: { west: -180, south: -85, east: 180, north: 85 },
    tolerance: 0.08,
    digits: 2,
    minZoom: 0,
    maxZoom: 3,
  },
];
