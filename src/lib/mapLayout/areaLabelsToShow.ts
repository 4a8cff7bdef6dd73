/**
 * Which names of seas and countries a live map shows once its stops are named. A stop's
 * name matters more than a sea's, so a sea or country gives way wherever it would lie under
 * a stop's name or dot; and a name cut by the map's edge reads as another word ("NGOLIA"),
 * so one that is not wholly inside the frame is not shown either. Of two areas' names that
 * would run into each other ("VIETNAM" and "South China Sea"), the first given is shown.
 */
import { inside, overlaps, type Box } from './labelSides.ts';

export function areaLabelsToShow(areas: ReadonlyArray<Box>, frame: Box, taken: ReadonlyArray<Box>): boolean[] {
  const placed = [...taken];
  return areas.map((area) => {
    const shown = inside(area, frame) && !placed.some((box) => overlaps(area, box));
    if (shown) placed.push(area);
    return shown;
  });
}
