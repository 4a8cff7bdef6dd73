/**
 * Renders a social card SVG to PNG with resvg. Fonts come from the dejavu-fonts-ttf
 * package and the site's own cut of Noto Sans KR (for the Korean names), never from the
 * system, so the build draws the same card on any machine.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { writeHangulSubsets } from '../fonts/hangulFontFiles.ts';
import { hangulCharacters } from '../fonts/hangulSubset.ts';
import { CARD_WIDTH } from './socialCardSvg.ts';
import { renderPngOnWorker } from './resvgWorker.ts';

function dejavuFontFiles(): string[] {
  // Resolved from the project root: the endpoint runs from a bundled chunk in dist/.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const folder = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(folder, file));
}

const hangulFiles = new Map<string, Promise<string[]>>();

/**
 * The Hangul a card draws, as TrueType files (resvg reads no WOFF2), cut once for each set
 * of characters (most cards share Pyongyang's two). resvg takes each glyph from whichever
 * loaded font has it, so the slices act as one font.
 */
function hangulFontFiles(svg: string): Promise<string[]> {
  const characters = hangulCharacters([svg]);
  if (characters.length === 0) return Promise.resolve([]);
  const key = characters.join('');
  let files = hangulFiles.get(key);
  if (!files) {
    const root = process.cwd();
    const folder = join(
      root,
      '.astro',
      'cache',
      'hangul-font',
      'card',
      createHash('sha256').update(key).digest('hex').slice(0, 12),
    );
    files = writeHangulSubsets(root, characters, folder, 'truetype').then((subsets) =>
      subsets.map((subset) => subset.path),
    );
    hangulFiles.set(key, files);
  }
  return files;
}

async function cardRenderOptions(svg: string): Promise<ResvgRenderOptions> {
  return {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: {
      fontFiles: [...dejavuFontFiles(), ...(await hangulFontFiles(svg))],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
    },
  };
}

/** The card as a PNG, with its pixels for tests that look at what was drawn. */
export async function renderSocialCard(svg: string): Promise<{ png: Uint8Array<ArrayBuffer>; pixels: Uint8Array }> {
  const image = new Resvg(svg, await cardRenderOptions(svg)).render();
  return { png: Uint8Array.from(image.asPng()), pixels: Uint8Array.from(image.pixels) };
}

/** The card as a PNG, drawn on resvg's own worker thread (resvgWorker.ts) while pages go on rendering. */
export async function renderSocialCardPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  return renderPngOnWorker(svg, await cardRenderOptions(svg));
}

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
