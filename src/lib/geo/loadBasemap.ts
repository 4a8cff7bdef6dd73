/**
 * Reads Natural Earth from the world-atlas package and builds basemap layers.
 * Build-time only (it reads files); results are cached because the static SVG maps
 * and the served JSON files ask for the same data more than once per build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import {
  basemapShapes,
  buildBasemapLayer,
  type BasemapLayer,
  type BasemapShapes,
  type BasemapSpec,
} from './basemap.ts';
import { BASEMAP_FILES, type BasemapScale } from './basemapSpecs.ts';

const require = createRequire(import.meta.url);
const shapesByScale = new Map<BasemapScale, BasemapShapes>();
const layers = new Map<string, BasemapLayer>();

function topology(name: `${'land' | 'countries'}-${BasemapScale}`): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), 'utf8')) as Topology;
}

function shapesAt(scale: BasemapScale): BasemapShapes {
  let shapes = shapesByScale.get(scale);
  if (!shapes) {
    shapes = basemapShapes(topology(`land-${scale}`), topology(`countries-${scale}`));
    shapesByScale.set(scale, shapes);
  }
  return shapes;
}

/** A layer cut to any box, for example the frame of a static SVG map. */
export function basemapFor(spec: BasemapSpec & { scale: BasemapScale }): BasemapLayer {
  const key = JSON.stringify(spec);
  let layer = layers.get(key);
  if (!layer) {
    layer = buildBasemapLayer(shapesAt(spec.scale), spec);
    layers.set(key, layer);
  }
  return layer;
}

/** One of the served layers listed in basemapSpecs.ts. */
export function loadBasemapLayer(id: string): BasemapLayer {
  const spec = BASEMAP_FILES.find((file) => file.id === id);
  if (!spec) throw new Error(`No basemap layer "${id}"; known: ${BASEMAP_FILES.map((file) => file.id).join(', ')}.`);
  return basemapFor(spec);
}
