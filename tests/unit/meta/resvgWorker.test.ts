import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPngOnWorker, stopResvgWorker } from '../../../src/lib/meta/resvgWorker.ts';

const require = createRequire(import.meta.url);
const fontFolder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const options = {
  fitTo: { mode: 'width' as const, value: 600 },
  font: { fontFiles: [join(fontFolder, 'DejaVuSans.ttf')], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
};
const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#1f5f3a"/><text x="10" y="60" font-size="32" fill="#fff">${text}</text></svg>`;

afterAll(() => stopResvgWorker());

describe('renderPngOnWorker', () => {
  it('draws the same PNG, byte for byte, as resvg on the calling thread', async () => {
    const onWorker = await renderPngOnWorker(svg('Pyongyang'), options);
    const here = new Resvg(svg('Pyongyang'), options).render().asPng();
    expect(onWorker.length).toBeGreaterThan(100);
    expect(Buffer.from(onWorker).equals(here)).toBe(true);
  });

  it('hands each caller its own drawing when several wait at once', async () => {
    const names = ['Beijing', 'Moscow', 'Hanoi'];
    const drawn = await Promise.all(names.map((name) => renderPngOnWorker(svg(name), options)));
    names.forEach((name, index) => {
      expect(Buffer.from(drawn[index]!).equals(new Resvg(svg(name), options).render().asPng())).toBe(true);
    });
  });

  it('passes resvg’s refusal of a broken drawing to the caller', async () => {
    await expect(renderPngOnWorker('<svg', options)).rejects.toThrow();
    // And goes on drawing after it.
    expect((await renderPngOnWorker(svg('Seoul'), options)).length).toBeGreaterThan(100);
  });
});
