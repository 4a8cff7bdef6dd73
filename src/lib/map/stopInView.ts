/**
 * Where to scroll for a link to a stop (#stop-…): the map's popup for the stop and the
 * stop's row in the table below both on screen when they fit, the popup and the rows
 * closest to it when they do not (the popup says what the row says). Boxes are in
 * viewport pixels, as getBoundingClientRect gives them; the answer is for scrollBy.
 */
export interface VerticalBox {
  top: number;
  bottom: number;
}

export function scrollForStop(popup: VerticalBox, row: VerticalBox | null, viewportHeight: number, margin = 8): number {
  if (!row) return popup.top - margin;
  const top = Math.min(popup.top, row.top);
  const bottom = Math.max(popup.bottom, row.bottom);
  const height = bottom - top;
  if (height + 2 * margin <= viewportHeight) return top - (viewportHeight - height) / 2;
  return popup.top - margin;
}
