/**
 * A story of content/stories/ made ready to draw: each stage with its dates as words, the
 * line sliced from the route, its distance, where the train stands and what the map frames,
 * and the small payload the page's script needs to move the live map from stage to stage.
 */
import type { Bounds } from '../geo/bounds.ts';
import { framedBounds } from '../mapLayout/framing.ts';
import type { LngLat } from '../geo/lngLat.ts';
import type { PlaceForMap, RouteGeometry } from '../geo/routeGeometry.ts';
import { buildStageGeometry, type StageGeometry } from '../geo/stageGeometry.ts';
import type { PartialDate } from '../dates/partialDate.ts';
import { stageAnnouncement, stageDateLabel } from './stageText.ts';

export interface StoryStageInput {
  id: string;
  title: string;
  start: PartialDate;
  end?: PartialDate | undefined;
  from: string;
  to: string;
}

export interface StoryStage extends StageGeometry {
  title: string;
  /** The route stops the stage runs from and to (place ids). */
  from: string;
  to: string;
  dateLabel: string;
  startIso: string;
  endIso?: string | undefined;
  announcement: string;
  /** Where the train stands at the end of the stage, by name. */
  placeName: string;
  /** The places the train has reached so far, the start first: the dots of the stage's drawing. */
  visited: Array<{ id: string; name: string; position: LngLat }>;
  /** What the map shows of the stage: its line or stop, with room round it. */
  frame: Bounds;
}

/** What the page's script gets for each stage (coordinates to about 10 m). */
export interface ClientStage {
  id: string;
  announcement: string;
  line: LngLat[];
  position: LngLat;
  placeName: string;
  frame: Bounds;
}

export function buildStoryStages(
  route: RouteGeometry,
  places: ReadonlyMap<string, PlaceForMap>,
  stages: ReadonlyArray<StoryStageInput>,
): StoryStage[] {
  const geometry = buildStageGeometry(route, stages);
  const nameOf = (id: string): string => places.get(id)?.name.en ?? id;
  const visited: StoryStage['visited'] = [];
  const visit = (id: string): void => {
    if (visited.some((place) => place.id === id)) return;
    visited.push({ id, name: nameOf(id), position: places.get(id)!.position });
  };
  return stages.map((stage, index) => {
    if (index === 0) visit(stage.from);
    visit(stage.to);
    const dateLabel = stageDateLabel(stage.start, stage.end);
    return {
      ...geometry[index]!,
      title: stage.title,
      from: stage.from,
      to: stage.to,
      dateLabel,
      startIso: stage.start.iso,
      endIso: stage.end?.iso,
      announcement: stageAnnouncement(index, stages.length, stage.title, dateLabel),
      placeName: nameOf(stage.to),
      visited: [...visited],
      frame: framedBounds(geometry[index]!.focus),
    };
  });
}

const round = (value: number): number => Math.round(value * 1e4) / 1e4;
const roundPoint = ([x, y]: LngLat): LngLat => [round(x), round(y)];

export function clientStages(stages: ReadonlyArray<StoryStage>): ClientStage[] {
  return stages.map((stage) => ({
    id: stage.id,
    announcement: stage.announcement,
    line: stage.line.map(roundPoint),
    position: roundPoint(stage.position),
    placeName: stage.placeName,
    frame: {
      west: round(stage.frame.west),
      south: round(stage.frame.south),
      east: round(stage.frame.east),
      north: round(stage.frame.north),
    },
  }));
}
