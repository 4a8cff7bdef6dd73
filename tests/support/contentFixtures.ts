/**
 * Content entries made up for the tests, as the schemas accept them: an id reference that
 * takes any id, a trip, an article and a route's furniture. Each test changes only what it is about,
 * so it sees only the rule it checks.
 */
import type { RouteData } from '../../src/lib/content/schemas.ts';

export const VALID_TRIP = {
  slug: 'kim-jong-un-hanoi-2019',
  title: 'Kim Jong Un by train to Hanoi',
  leader: 'kim-jong-un',
  start: '2019-02',
  mode: 'train',
  origin: 'pyongyang',
  destination: 'hanoi',
  summary: 'Kim Jong Un took his train on a journey of two and a half days to meet Donald Trump.',
  citations: ['hanoi-train'],
  verification: 'reported-by-media',
};

export const VALID_ARTICLE = {
  title: 'Inside the armored train',
  description: 'What is known about the green-and-yellow train, from its speed to its ninety carriages.',
  order: 2,
  published: '2023-09-12',
  reportingAsOf: '2023-09-12',
  sources: ['doc-004'],
};

/** A route drawn on the home page, with no figures unless given: its stops and citations are the test's own. */
export function testRoute(route: Pick<RouteData, 'stops' | 'citations'> & Partial<RouteData>): RouteData {
  return {
    homeMap: true,
    title: 'A test route',
    summary: 'A route used only by the tests, long enough to pass the schema.',
    figures: [],
    ...route,
  };
}
