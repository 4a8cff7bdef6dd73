import { describe, expect, it } from 'vitest';
import { touchMovesMap, wheelHint, wheelZoomsMap, zoomKeyName } from '../../../src/lib/map/gestureHints.ts';

describe('cooperative gestures', () => {
  it('leaves a plain wheel turn to the page until the map is clicked', () => {
    expect(wheelZoomsMap({ ctrlKey: false, metaKey: false, engaged: false })).toBe(false);
    expect(wheelZoomsMap({ ctrlKey: false, metaKey: false, engaged: true })).toBe(true);
  });

  it('zooms the map with Ctrl or ⌘ held', () => {
    expect(wheelZoomsMap({ ctrlKey: true, metaKey: false, engaged: false })).toBe(true);
    expect(wheelZoomsMap({ ctrlKey: false, metaKey: true, engaged: false })).toBe(true);
  });

  it('moves the map with two fingers, never one', () => {
    expect(touchMovesMap(1)).toBe(false);
    expect(touchMovesMap(2)).toBe(true);
  });

  it('names the key as the reader’s keyboard does', () => {
    expect(zoomKeyName('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe('⌘');
    expect(zoomKeyName('Mozilla/5.0 (X11; Linux x86_64)')).toBe('Ctrl');
    expect(wheelHint('Mozilla/5.0 (Windows NT 10.0)')).toMatch(/^Hold Ctrl and scroll/);
  });
});
