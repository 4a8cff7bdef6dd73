import { describe, expect, it } from 'vitest';
import { zoomWithRoomForPopup } from '../../../src/lib/mapLayout/popupRoom.ts';

describe('zoomWithRoomForPopup', () => {
  it('keeps the zoom where the world has room round the point', () => {
    // At zoom 2 the world is 1,024 px: 512 px above the middle, 512 to each side.
    expect(zoomWithRoomForPopup({ x: 0.5, y: 0.5 }, { above: 200, beside: 140 }, 2)).toBe(2);
  });

  it('zooms in on a point near the east edge until half the popup fits beside it', () => {
    // 10 % of the world east of the point: 140 px needs a world of 1,400 px, zoom 2.45 → 3.
    expect(zoomWithRoomForPopup({ x: 0.9, y: 0.5 }, { above: 200, beside: 140 }, 1)).toBe(3);
  });

  it('zooms in on a point near the north edge until the popup fits above it', () => {
    // 30 % of the world above the point: 230 px needs 767 px, zoom 1.58 → 2.
    expect(zoomWithRoomForPopup({ x: 0.5, y: 0.3 }, { above: 230, beside: 140 }, 1)).toBe(2);
  });

  it('never zooms out', () => {
    expect(zoomWithRoomForPopup({ x: 0.5, y: 0.5 }, { above: 10, beside: 10 }, 6)).toBe(6);
  });
});
