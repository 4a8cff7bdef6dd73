/**
 * Fits a route into the social card's map panel with the same projection as the static
 * SVG map (src/lib/geo/svgProjection.ts), so the card shows the route as the page draws it.
 */
import { boundsOf, padBounds } from '../geo/bounds.ts';
import { cardFramedBounds } from '../mapLayout/framing.ts';
import type { LngLat } from '../geo/lngLat.ts';
import { fitFrame, frameBounds, projectPoint, svgPath } from '../geo/svgProjection.ts';
import { scaleFor, type StaticMapInput } from '../geo/staticMap.ts';
import { ROUTE_PANEL, type CardRoute } from './socialCardSvg.ts';

export interface RouteToDraw {
  lines: ReadonlyArray<ReadonlyArray<LngLat>>;
  /** The places to mark; those with a label are named. */
  stops: ReadonlyArray<{
    position: LngLat;
    label?: string | undefined;
    nativeName?: string | undefined;
    /** The place the trip went to, named first. */
    destination?: boolean | undefined;
  }>;
}

/** Inset from the panel's edge, so dots stay inside its border with room for a name below or beside the ones at its edge. */
const INSET = 60;

/** A line that goes somewhere: two points or more, not all the same. */
const goesSomewhere = (line: ReadonlyArray<LngLat>) =>
  line.some(([longitude, latitude]) => longitude !== line[0]![0] || latitude !== line[0]![1]);

/**
 * The route in card pixels, with the land and borders around it when a basemap is given,
 * so a reader can tell where a trip far from Korea went (Moscow, Hanoi, Singapore).
 */
export function routeOnCard(route: RouteToDraw, basemap?: StaticMapInput['basemap']): CardRoute {
  const lines = route.lines.filter(goesSomewhere);
  const points = [...lines.flat(), ...route.stops.map((stop) => stop.position)];
  const frame = fitFrame(
    cardFramedBounds(boundsOf(points)),
    ROUTE_PANEL.width - 2 * INSET,
    ROUTE_PANEL.height - 2 * INSET,
  );
  const toCard = (point: LngLat) => {
    const [x, y] = projectPoint(frame, point);
    return { x: ROUTE_PANEL.x + INSET + x, y: ROUTE_PANEL.y + INSET + y };
  };
  const drawn: CardRoute = {
    lines: lines.map((line) => line.map(toCard)),
    stops: route.stops.map((stop) => ({
      ...toCard(stop.position),
      ...(stop.label ? { label: stop.label } : {}),
      ...(stop.label && stop.nativeName ? { nativeName: stop.nativeName } : {}),
      ...(stop.label && stop.destination ? { destination: true } : {}),
    })),
  };
  if (basemap === undefined) return drawn;
  // The land fills the whole panel, inset included: ask for the box the panel shows.
  const shown = padBounds(frameBounds(frame), INSET / (ROUTE_PANEL.width - 2 * INSET));
  const layer = basemap({
    bounds: shown,
    scale: scaleFor(shown),
    tolerance: (shown.east - shown.west) / ROUTE_PANEL.width,
  });
  return {
    ...drawn,
    basemap: {
      land: svgPath(frame, layer.land),
      borders: svgPath(frame, layer.borders),
      offset: { x: ROUTE_PANEL.x + INSET, y: ROUTE_PANEL.y + INSET },
    },
  };
}
