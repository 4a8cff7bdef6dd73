import { describe, expect, it } from 'vitest';
import { checkRouteLengths, checkRoutes } from '../../../../src/lib/content/checks/routeChecks.ts';
import type { PlaceForMap } from '../../../../src/lib/geo/routeGeometry.ts';
import type { ContentProblem } from '../../../../src/lib/content/validateContent.ts';
import type { RouteData } from '../../../../src/lib/content/schemas.ts';
import { testRoute } from '../../../support/contentFixtures.ts';

const FILE = 'content/routes/test.yaml';
const passages = new Map([
  ['ussuriysk-sighting', 'spotted at Ussuriysk, approximately 98 kilometers (61 miles) north of Vladivostok.'],
]);

function route(change: Partial<RouteData> = {}): RouteData {
  return testRoute({
    citations: ['ussuriysk-sighting'],
    stops: [
      { place: 'pyongyang', via: [] },
      { place: 'ussuriysk', via: [] },
      { place: 'vladivostok', via: [], branchFrom: 'pyongyang' },
    ],
    figures: [
      { passage: 'ussuriysk-sighting', words: 'approximately 98 kilometers', from: 'ussuriysk', to: 'vladivostok' },
    ],
    ...change,
  });
}

function problemsFor(data: RouteData): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkRoutes([{ file: FILE, data }], passages, problems);
  return problems;
}

describe('checkRoutes', () => {
  it('accepts a route whose stops, passages and figures all check out', () => {
    expect(problemsFor(route())).toEqual([]);
  });

  it('asks for one route drawn on the home page when none says homeMap: true', () => {
    expect(problemsFor(route({ homeMap: false }))).toMatchObject([{ file: 'content/routes/', field: 'homeMap' }]);
  });

  it('refuses a second route with homeMap: true, naming the first', () => {
    const problems: ContentProblem[] = [];
    checkRoutes(
      [
        { file: FILE, data: route() },
        { file: 'content/routes/other.yaml', data: route() },
      ],
      passages,
      problems,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/routes/other.yaml', field: 'homeMap' });
    expect(problems[0]!.expected).toContain(FILE);
  });

  it('refuses a branch from a stop that comes later', () => {
    const problems = problemsFor(
      route({
        stops: [
          { place: 'pyongyang', via: [], branchFrom: 'ussuriysk' },
          { place: 'ussuriysk', via: [] },
        ],
        figures: [],
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual(['stops.0.branchFrom']);
  });

  it('refuses a rail figure counted from a stop the line does not pass on the way', () => {
    const rail = { km: 120, source: 'A line table', url: 'https://example.org/line' };
    const problems = problemsFor(
      route({
        stops: [
          { place: 'pyongyang', via: [] },
          { place: 'ussuriysk', via: [] },
          // Vladivostok branches from Pyongyang: Ussuriysk is on another branch.
          { place: 'vladivostok', via: [], branchFrom: 'pyongyang', rail: { ...rail, from: 'ussuriysk' } },
        ],
      }),
    );
    expect(problems).toMatchObject([
      { field: 'stops.2.rail.from', found: 'ussuriysk', expected: expect.stringContaining('pyongyang') },
    ]);
  });

  it('refuses line: approximate on the first stop, which has no leg to mark', () => {
    const problems = problemsFor(
      route({
        stops: [
          { place: 'pyongyang', via: [], line: 'approximate' },
          { place: 'ussuriysk', via: [] },
        ],
        figures: [],
      }),
    );
    expect(problems).toMatchObject([{ field: 'stops.0.line', found: 'approximate' }]);
  });

  it('refuses figure words that are not in the passage', () => {
    const problems = problemsFor(
      route({
        figures: [{ passage: 'ussuriysk-sighting', words: 'about 100 km', from: 'ussuriysk', to: 'vladivostok' }],
      }),
    );
    expect(problems).toMatchObject([{ field: 'figures.0.words', found: 'about 100 km' }]);
  });

  it('refuses a figure measured from a place that is not a stop of the route', () => {
    const problems = problemsFor(
      route({
        figures: [
          { passage: 'ussuriysk-sighting', words: 'approximately 98 kilometers', from: 'khasan', to: 'vladivostok' },
        ],
      }),
    );
    expect(problems).toMatchObject([{ field: 'figures.0.from', found: 'khasan' }]);
  });
});

describe('checkRouteLengths', () => {
  /** Pyongyang and Ussuriysk one degree apart on the equator, so the leg is 111 km as drawn. */
  const places = new Map<string, PlaceForMap>(
    (
      [
        ['pyongyang', 0],
        ['ussuriysk', 1],
      ] as const
    ).map(([id, longitude]) => [id, { id, name: { en: id }, position: [longitude, 0], kind: 'city', country: 'RU' }]),
  );
  const rail = (km: number) => ({ km, source: 'A line table', url: 'https://example.org/line' });
  const lengthProblems = (km: number): ContentProblem[] => {
    const problems: ContentProblem[] = [];
    const data = route({
      stops: [
        { place: 'pyongyang', via: [] },
        { place: 'ussuriysk', via: [], rail: rail(km) },
      ],
      figures: [],
    });
    checkRouteLengths([{ file: FILE, data }], places, problems);
    return problems;
  };

  it('accepts a leg drawn within 15 % of its rail distance', () => {
    expect(lengthProblems(125)).toEqual([]);
  });

  it('refuses a leg drawn more than 15 % short, naming the file, the stop and both lengths', () => {
    expect(lengthProblems(140)).toEqual([
      {
        file: FILE,
        field: 'stops.1.via',
        found: 'pyongyang to ussuriysk: drawn 111 km, 21 % shorter than the 140 km by rail',
        expected: expect.stringContaining('add [latitude, longitude] points of the stations the railway passes'),
      },
    ]);
  });

  it('leaves out a leg marked line: approximate, whose published figure stands alone', () => {
    const problems: ContentProblem[] = [];
    const data = route({
      stops: [
        { place: 'pyongyang', via: [] },
        // Drawn 111 km against 300 km by rail: refused unless marked.
        { place: 'ussuriysk', via: [], rail: rail(300), line: 'approximate' },
      ],
      figures: [],
    });
    checkRouteLengths([{ file: FILE, data }], places, problems);
    expect(problems).toEqual([]);
  });

  it('leaves a route naming an unknown place to the reference check', () => {
    const problems: ContentProblem[] = [];
    const data = route({
      stops: [
        { place: 'nowhere', via: [] },
        { place: 'ussuriysk', via: [], rail: rail(500) },
      ],
    });
    checkRouteLengths([{ file: FILE, data }], places, problems);
    expect(problems).toEqual([]);
  });
});
