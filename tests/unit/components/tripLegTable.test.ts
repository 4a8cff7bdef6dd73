import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TripLegTable from '../../../src/components/map/TripLegTable.astro';
import type { TripLines } from '../../../src/lib/geo/routeMapData.ts';

/** A made-up trip: one part by rail with published distances, one by rail without, one by air. */
const line: TripLines['segments'][number]['line'] = [
  [0, 0],
  [1, 0],
];
const trip: TripLines = {
  slug: 'made-up',
  title: 'A made-up trip',
  mode: 'train-and-plane',
  destination: 'c',
  places: [
    { id: 'a', name: 'Alpha', position: [0, 0] },
    { id: 'b', name: 'Bravo', position: [1, 0] },
    { id: 'c', name: 'Charlie', position: [2, 0] },
    { id: 'd', name: 'Delta', position: [3, 0] },
  ],
  segments: [
    {
      kind: 'rail',
      from: 'a',
      to: 'b',
      line,
      km: 111,
      rail: {
        km: 150,
        sources: [
          { km: 100, source: 'Line table A', url: 'https://example.org/a', basis: 'Km 100 less km 0.' },
          { km: 50, source: 'Line table A', url: 'https://example.org/a' },
        ],
      },
    },
    { kind: 'rail', from: 'b', to: 'c', line, km: 111 },
    { kind: 'air', from: 'c', to: 'd', line, km: 111 },
  ],
};

interface Cell {
  text: string;
  /** Each link's text, address and accessible name. */
  links: Array<[text: string, href: string, name: string]>;
}

/** The cells of each body row, as text and links: no DOM here, and the markup is the component's own. */
async function render(shown: TripLines = trip): Promise<Cell[][]> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(TripLegTable, { props: { trip: shown } });
  const body = html.slice(html.indexOf('<tbody'), html.indexOf('</tbody>'));
  const text = (markup: string) =>
    markup
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => ({
      text: text(cell!),
      links: [...cell!.matchAll(/<a ([^>]*)>([\s\S]*?)<\/a>/g)].map(
        ([, attributes, label]): [string, string, string] => [
          text(label!),
          /href="([^"]+)"/.exec(attributes!)![1]!,
          /aria-label="([^"]+)"/.exec(attributes!)![1]!,
        ],
      ),
    })),
  );
}

describe('TripLegTable', () => {
  it('shows the published rail distance alone, a link to its source (once for legs that share it) and a time from it', async () => {
    const [railRow] = await render();
    expect(railRow![3]).toEqual({
      text: '150 km by rail [ source ] ≈ 3 h at 50 km/h, from the rail figure',
      links: [['source', 'https://example.org/a', 'source: Line table A']],
    });
  });

  it('numbers the links when the legs of a part rest on different references', async () => {
    const [first, ...rest] = trip.segments;
    const sources = [first!.rail!.sources[0]!, { km: 50, source: 'Line table B', url: 'https://example.org/b' }];
    const [railRow] = await render({ ...trip, segments: [{ ...first!, rail: { km: 150, sources } }, ...rest] });
    expect(railRow![3]!.links).toEqual([
      ['source 1', 'https://example.org/a', 'source 1: Line table A'],
      ['source 2', 'https://example.org/b', 'source 2: Line table B'],
    ]);
  });

  it('never presents a drawn length as a rail distance: it is about so much along an approximate line', async () => {
    const [, railWithout, air] = await render();
    for (const row of [railWithout!, air!]) {
      expect(row[3]).toEqual({ text: 'about 111 km along an approximate line', links: [] });
    }
  });
});
