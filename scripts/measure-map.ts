/**
 * What the route map costs readers, in gzip bytes, measured on the built site (dist/):
 *   - the home page before the map nears the viewport: the HTML (with the static SVG
 *     map and the stop table), the stylesheets it links and the scripts it runs at once;
 *   - what the map then loads: Leaflet and the map code, its stylesheet, and the data
 *     (routes.json plus the basemap drawn first; the others only on zooming out or away).
 *
 * Run after a build: `npm run build && node scripts/measure-map.ts` (or `npm run measure:map`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PARKED_MODULE } from '../src/lib/page/parkedModules.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;

const gzipBytes = (path: string): number => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
const rawBytes = (path: string): number => readFileSync(join(DIST, path)).length;

/** A script and every module it imports statically: what runs before anything lazy. */
function staticClosure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(DIST, entry), 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    staticClosure(`_astro/${match[1]}`, seen);
  }
  return seen;
}

function linkedAssets(html: string): { scripts: string[]; styles: string[] } {
  // Module scripts are parked until the page is painted (src/lib/page/parkedModules.ts): the
  // address is the data block's JSON text. Both forms count.
  const scripts = [
    ...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g),
    ...html.matchAll(new RegExp(`<script type="application/json" ${PARKED_MODULE}>"\\/([^"]+)"`, 'g')),
  ].map((match) => match[1]!);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((match) => match[1]!);
  return { scripts, styles };
}

function row(label: string, files: string[]): { label: string; gzip: number; raw: number } {
  const gzip = files.reduce((sum, file) => sum + gzipBytes(file), 0);
  const raw = files.reduce((sum, file) => sum + rawBytes(file), 0);
  return { label, gzip, raw };
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const { scripts, styles } = linkedAssets(html);
const eagerScripts = new Set(scripts.flatMap((script) => [...staticClosure(script)]));

const assets = readdirSync(join(DIST, '_astro'));
const mapEntry = assets.find((name) => /^leafletRouteMap\..*\.js$/.test(name));
if (!mapEntry) throw new Error('No leafletRouteMap chunk in dist/_astro: build the site first.');
const mapScripts = [...staticClosure(`_astro/${mapEntry}`)].filter((file) => !eagerScripts.has(file));
const mapStyles = assets.filter((name) => /^leafletRouteMap\..*\.css$/.test(name)).map((name) => `_astro/${name}`);
const basemaps = readdirSync(join(DIST, 'map-data')).filter((name) => name !== 'routes.json');

const rows = [
  row('Home page before the map nears the viewport (HTML + CSS + JS)', ['index.html', ...styles, ...eagerScripts]),
  row('  of which HTML (static SVG map and stop table included)', ['index.html']),
  row('  of which CSS', styles),
  row('  of which JS run once the page is painted', [...eagerScripts]),
  row(
    // The map's element comes in one file with the timeline's and the copy links' (TripElementsScript.astro).
    '    of which the map, timeline and copy-link elements',
    scripts.filter((script) => script.includes('TripElements')).flatMap((script) => [...staticClosure(script)]),
  ),
  row('Map JS loaded near the viewport (Leaflet + map code)', mapScripts),
  row('Map CSS loaded near the viewport (Leaflet + map styles)', mapStyles),
  row('Map data: routes.json', ['map-data/routes.json']),
  row('Map data: route-region.json (drawn first, 1:10m)', ['map-data/route-region.json']),
  row('Map first load in all (JS + CSS + routes + route-region)', [
    ...mapScripts,
    ...mapStyles,
    'map-data/routes.json',
    'map-data/route-region.json',
  ]),
  ...basemaps
    .filter((name) => name !== 'route-region.json')
    .map((name) => row(`Map data on zooming out: ${name}`, [`map-data/${name}`])),
];

const width = Math.max(...rows.map((entry) => entry.label.length));
console.log(`${'What'.padEnd(width)}  ${'gzip'.padStart(9)}  ${'raw'.padStart(9)}`);
for (const entry of rows) {
  console.log(
    `${entry.label.padEnd(width)}  ${`${(entry.gzip / 1024).toFixed(1)} kB`.padStart(9)}  ${`${(entry.raw / 1024).toFixed(1)} kB`.padStart(9)}`,
  );
}
