/**
 * Renders a social card SVG to PNG with resvg. Fonts come from the dejavu-fonts-ttf
 * package, never from the system, so the build draws the same card on any machine.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CARD_WIDTH } from './socialCardSvg.ts';

function dejavuFontFiles(): string[] {
  // Resolved from the project root: the endpoint runs from a bundled chunk in dist/.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const folder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(folder, file));
}

export function renderSocialCardPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { fontFiles: dejavuFontFiles(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return Uint8Array.from(resvg.render().asPng());
}

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
