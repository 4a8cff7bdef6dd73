import { describe, expect, it } from 'vitest';
import { checkRoutes } from '../../src/lib/content/checks/routeChecks.ts';
import type { ContentProblem } from '../../src/lib/content/validateContent.ts';
import type { RouteData } from '../../src/lib/content/schemas.ts';

const FILE = 'content/routes/test.yaml';
const passages = new Map([
  ['ussuriysk-sighting', 'spotted at Ussuriysk, approximately 98 kilometers (61 miles) north of Vladivostok.'],
]);

function route(change: Partial<RouteData> = {}): RouteData {
  return {
    title: 'A test route',
    summary: 'A route used only by the tests, long enough to pass the schema.',
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
  };
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
