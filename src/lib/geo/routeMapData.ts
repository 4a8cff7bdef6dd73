/**
 * The one description of the route map that everything draws from: the static SVG,
 * the stop table, and the JSON the interactive map loads. Plain data, no Astro, so
 * the table and the maps cannot disagree.
 */
import { DEFAULT_LABEL_PLACEMENT, type LabelPlacement } from '../mapLayout/labelSides.ts';
import { distanceKm } from './distance.ts';
import { addDistances, ZERO_DISTANCE, type DistanceOfRecord } from './distanceOfRecord.ts';
import type { LngLat } from './lngLat.ts';
import {
  buildRouteGeometry,
  distanceAlongRoute,
  type PlaceForMap,
  type RouteStop,
  type RouteStopInput,
} from './routeGeometry.ts';
import { estimatedHours } from './travelTime.ts';
import { tripRouteGeometry, type PlaceVisit, type TripForMap, type TripSegment } from './tripRouteGeometry.ts';
import { buildRailNetwork } from './railNetwork.ts';

export interface RouteInput {
  id: string;
  title: string;
  summary: string;
  provenance?: string | undefined;
  citations: ReadonlyArray<string>;
  stops: ReadonlyArray<RouteStopInput>;
  figures: ReadonlyArray<{ passage: string; words: string; from: string; to: string }>;
}

/** A row of the stop table: the geometry's leg figures, with the names a reader sees. */
export interface StopRow extends Pick<
  RouteStop,
  | 'legFrom'
  | 'legKm'
  | 'approximate'
  | 'rail'
  | 'legDistance'
  | 'cumulative'
  | 'legHours'
  | 'cumulativeHours'
  | 'passage'
  | 'note'
  | 'date'
  | 'dateCitation'
> {
  id: string;
  name: PlaceForMap['name'];
  /** The Korean or Russian name, whichever the place has. */
  nativeName?: string | undefined;
  nativeLang?: 'ko' | 'ru' | undefined;
  position: LngLat;
  kind: string;
  /** Where the name goes beside the dot. */
  label: LabelPlacement;
  legFromName: string | null;
  /** The name of the stop a published figure spanning several legs starts from. */
  railFromName?: string | undefined;
  /** The address of the stop's passage on the sources pages, for the map's popup. */
  passageHref?: string | undefined;
}

export interface FigureRow {
  passage: string;
  words: string;
  fromName: string;
  toName: string;
  /** Along the route: by published figures where they cover the way, else the drawn line. */
  along: DistanceOfRecord;
  straightKm: number;
  /** The time at the reported speed, from `along`. */
  hours: number;
}

export interface MapPlace {
  id: string;
  name: string;
  nativeName?: string | undefined;
  nativeLang?: 'ko' | 'ru' | undefined;
  position: LngLat;
  /** Where the name goes beside the dot, when the place's file says. */
  label?: LabelPlacement | undefined;
  /** On a trip: each time the trip was here with a date or a note, in order. */
  visits?: PlaceVisit[] | undefined;
}

export interface TripLines {
  slug: string;
  title: string;
  /** How the leader travelled, as the trip file says. */
  mode: TripForMap['mode'];
  segments: TripSegment[];
  /** Where the trip started, stopped and ended, in order. */
  places: MapPlace[];
  /** The place id of where the trip went. */
  destination: string;
}

export interface RouteMapData {
  route: {
    id: string;
    title: string;
    summary: string;
    provenance?: string | undefined;
    citations: string[];
    /** The length of everything drawn, branches included: for the record, never a rail distance. */
    totalKm: number;
    /** Every leg added up, each by its figure of record. */
    total: DistanceOfRecord;
    /** Stretches of consecutive legs marked approximate, by the names of their ends. */
    approximateStretches: Array<{ fromName: string; toName: string }>;
    stops: StopRow[];
    lines: LngLat[][];
    figures: FigureRow[];
  };
  trips: TripLines[];
}

function nativeNameOf(place: PlaceForMap): Pick<StopRow, 'nativeName' | 'nativeLang'> {
  if (place.name.ko) return { nativeName: place.name.ko, nativeLang: 'ko' };
  if (place.name.ru) return { nativeName: place.name.ru, nativeLang: 'ru' };
  return {};
}

/**
 * The runs of legs marked approximate, end to end: Pyongyang to Khasan rather than five
 * legs, so the legend can name the stretch of line that is drawn too roughly to measure.
 */
export function approximateStretches(stops: ReadonlyArray<RouteStop>): Array<{ from: string; to: string }> {
  const stretches: Array<{ from: string; to: string }> = [];
  for (const stop of stops) {
    if (!stop.approximate || stop.legFrom === null) continue;
    const joined = stretches.find((stretch) => stretch.to === stop.legFrom);
    if (joined) joined.to = stop.place.id;
    else stretches.push({ from: stop.legFrom, to: stop.place.id });
  }
  return stretches;
}

export function buildRouteMapData(
  route: RouteInput,
  places: ReadonlyMap<string, PlaceForMap>,
  trips: ReadonlyArray<TripForMap & { title: string }>,
  /** The other railway lines trips may follow besides the main route. */
  otherLines: ReadonlyArray<Pick<RouteInput, 'stops'>> = [],
  /** Where each passage is shown, by passage id. */
  passageHrefs: ReadonlyMap<string, string> = new Map(),
): RouteMapData {
  const geometry = buildRouteGeometry(route.stops, places);
  const railways = buildRailNetwork([geometry, ...otherLines.map((line) => buildRouteGeometry(line.stops, places))]);
  const nameOf = (id: string): string => places.get(id)?.name.en ?? id;
  const stops = geometry.stops.map((stop): StopRow => ({
    id: stop.place.id,
    name: stop.place.name,
    ...nativeNameOf(stop.place),
    position: stop.place.position,
    kind: stop.place.kind,
    label: stop.place.label ?? DEFAULT_LABEL_PLACEMENT,
    legFrom: stop.legFrom,
    legFromName: stop.legFrom === null ? null : nameOf(stop.legFrom),
    legKm: stop.legKm,
    approximate: stop.approximate,
    rail: stop.rail,
    railFromName: stop.rail?.from === undefined ? undefined : nameOf(stop.rail.from),
    legDistance: stop.legDistance,
    cumulative: stop.cumulative,
    legHours: stop.legHours,
    cumulativeHours: stop.cumulativeHours,
    passage: stop.passage,
    passageHref: stop.passage === undefined ? undefined : passageHrefs.get(stop.passage),
    note: stop.note,
    date: stop.date,
    dateCitation: stop.dateCitation,
  }));
  const figures = route.figures.map((figure): FigureRow => {
    const along = distanceAlongRoute(geometry, figure.from, figure.to) ?? ZERO_DISTANCE;
    return {
      passage: figure.passage,
      words: figure.words,
      fromName: nameOf(figure.from),
      toName: nameOf(figure.to),
      along,
      straightKm: distanceKm(places.get(figure.from)!.position, places.get(figure.to)!.position),
      hours: estimatedHours(along.km),
    };
  });
  return {
    route: {
      id: route.id,
      title: route.title,
      summary: route.summary,
      provenance: route.provenance,
      citations: [...route.citations],
      totalKm: geometry.totalKm,
      total: geometry.stops.slice(1).reduce((sum, stop) => addDistances(sum, stop.legDistance), ZERO_DISTANCE),
      approximateStretches: approximateStretches(geometry.stops).map(({ from, to }) => ({
        fromName: nameOf(from),
        toName: nameOf(to),
      })),
      stops,
      lines: geometry.lines,
      figures,
    },
    trips: trips.map((trip) => ({
      slug: trip.slug,
      title: trip.title,
      mode: trip.mode,
      destination: trip.destination,
      segments: tripRouteGeometry(trip, places, railways),
      places: [...new Set(trip.places)].map((id): MapPlace => {
        const place = places.get(id)!;
        const visits = trip.places.flatMap((at, index): PlaceVisit[] => {
          const { date, note } = trip.visits?.[index] ?? {};
          if (at !== id || (date === undefined && note === undefined)) return [];
          return [{ ...(date === undefined ? {} : { date }), ...(note === undefined ? {} : { note }) }];
        });
        return {
          ...(visits.length > 0 ? { visits } : {}),
          id,
          name: place.name.en,
          ...nativeNameOf(place),
          position: place.position,
          label: place.label ?? DEFAULT_LABEL_PLACEMENT,
        };
      }),
    })),
  };
}
