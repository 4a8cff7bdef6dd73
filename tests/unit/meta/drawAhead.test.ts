import { describe, expect, it } from 'vitest';
import { drawAhead } from '../../../src/lib/meta/drawAhead.ts';

/** A drawing that finishes only when the test says so, recording when it was started. */
function controlledDrawings(keys: string[]) {
  const started: string[] = [];
  const finish = new Map<string, (value: string) => void>();
  const fail = new Map<string, (error: Error) => void>();
  const draws = keys.map((key) => ({
    key,
    draw: () => {
      started.push(key);
      return new Promise<string>((resolve, reject) => {
        finish.set(key, resolve);
        fail.set(key, reject);
      });
    },
  }));
  /** Finishes one drawing and tells which have been started once the queue has moved on. */
  const finishing = async (key: string) => {
    finish.get(key)!(key.toUpperCase());
    await settle();
    return [...started];
  };
  return { started, finish, fail, draws, finishing };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('drawAhead', () => {
  it('draws one at a time, in order, before anyone asks', async () => {
    const { started, finishing, draws } = controlledDrawings(['a', 'b', 'c']);
    drawAhead(draws, { atOnce: 1, held: 10 });
    await settle();
    expect(started).toEqual(['a']);
    expect(await finishing('a')).toEqual(['a', 'b']);
    expect(await finishing('b')).toEqual(['a', 'b', 'c']);
  });

  it('keeps `atOnce` drawings under way', async () => {
    const { started, finishing, draws } = controlledDrawings(['a', 'b', 'c', 'd']);
    drawAhead(draws, { atOnce: 2, held: 10 });
    await settle();
    expect(started).toEqual(['a', 'b']);
    expect(await finishing('b')).toEqual(['a', 'b', 'c']);
  });

  it('hands over what it drew, and draws at once what it has not reached', async () => {
    const { started, finish, draws } = controlledDrawings(['a', 'b', 'c']);
    const drawings = drawAhead(draws, { atOnce: 1, held: 10 });
    const c = drawings.take('c');
    await settle();
    expect(started).toEqual(['a', 'c']);
    finish.get('c')!('C');
    finish.get('a')!('A');
    await expect(c).resolves.toBe('C');
    await expect(drawings.take('a')).resolves.toBe('A');
    await settle();
    // c was drawn when asked for, so the queue goes on to b and never draws c twice.
    expect(started).toEqual(['a', 'c', 'b']);
    finish.get('b')!('B');
    await expect(drawings.take('b')).resolves.toBe('B');
    await settle();
    expect(started).toEqual(['a', 'c', 'b']);
  });

  it('holds no more than `held` drawings nobody has taken, and goes on once one is taken', async () => {
    const { started, finish, draws } = controlledDrawings(['a', 'b', 'c']);
    const drawings = drawAhead(draws, { atOnce: 1, held: 2 });
    await settle();
    finish.get('a')!('A');
    await settle();
    finish.get('b')!('B');
    await settle();
    expect(started).toEqual(['a', 'b']);
    await drawings.take('a');
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('passes a failed drawing to whoever takes it, and goes on with the rest', async () => {
    const { started, fail, draws } = controlledDrawings(['a', 'b']);
    const drawings = drawAhead(draws, { atOnce: 1, held: 10 });
    await settle();
    fail.get('a')!(new Error('no font'));
    await settle();
    expect(started).toEqual(['a', 'b']);
    await expect(drawings.take('a')).rejects.toThrow('no font');
  });

  it('refuses a key it was never given', () => {
    const drawings = drawAhead(controlledDrawings(['a']).draws, { atOnce: 1, held: 10 });
    expect(() => drawings.take('z')).toThrow(/z/);
  });
});
