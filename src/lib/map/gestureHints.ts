/**
 * What the interactive map does with a wheel turn or a touch, and the hint it shows when it
 * leaves the gesture to the page. The map shares a page that readers scroll: it takes the
 * wheel only when asked to (Ctrl/⌘ held, or the map clicked first) and a touch only when it
 * has two fingers, the way Google Maps and Mapbox GL's cooperative gestures do.
 */
export interface WheelState {
  ctrlKey: boolean;
  metaKey: boolean;
  /** The reader clicked the map and has not left it since. */
  engaged: boolean;
}

export function wheelZoomsMap({ ctrlKey, metaKey, engaged }: WheelState): boolean {
  return ctrlKey || metaKey || engaged;
}

/** Two fingers move the map; one is the reader scrolling past it. */
export function touchMovesMap(fingers: number): boolean {
  return fingers >= 2;
}

/** The modifier key's name as the reader's keyboard labels it. */
export function zoomKeyName(userAgent: string): string {
  return /Mac|iPhone|iPad/.test(userAgent) ? '⌘' : 'Ctrl';
}

export function wheelHint(userAgent: string): string {
  return `Hold ${zoomKeyName(userAgent)} and scroll to zoom the map, or click the map first`;
}

export const TOUCH_HINT = 'Use two fingers to move the map';
