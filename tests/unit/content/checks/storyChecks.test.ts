import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { checkStories } from '../../../../src/lib/content/checks/storyChecks.ts';
import { storySchema, type StoryData } from '../../../../src/lib/content/schemas.ts';
import { validateContent, type ContentProblem } from '../../../../src/lib/content/validateContent.ts';
import { testRoute } from '../../../support/contentFixtures.ts';
import { tempProjectPerTest } from '../../../support/tempProjectPerTest.ts';

const FILE = 'content/stories/test.yaml';

/** A made-up route: a — b — c, with d branching from b. */
const ROUTE = testRoute({
  citations: ['p'],
  stops: [
    { place: 'a', via: [] },
    { place: 'b', via: [] },
    { place: 'c', via: [] },
    { place: 'd', via: [], branchFrom: 'b' },
  ],
});

/** A story as an editor writes it; checkStories gets it as the schema reads it. */
type WrittenStory = z.input<ReturnType<typeof storySchema>>;
type Stage = WrittenStory['stages'][number];
const stage = (id: string, from: string, to: string, start: string, end?: string): Stage => ({
  id,
  title: `Stage ${id}`,
  start,
  ...(end === undefined ? {} : { end }),
  from,
  to,
  text: 'What happened on this stage, told in a sentence long enough for the schema.',
  citations: ['p'],
  corrections: [],
});

function story(stages: Stage[], trip = 'the-trip'): WrittenStory {
  return {
    trip,
    route: 'test-route',
    title: 'A test story',
    description: 'A story used only by the tests, with a description long enough.',
    published: '2026-12-02',
    stages,
  };
}

const GOOD = [
  stage('out', 'a', 'c', '2023-09-10', '2023-09-11'),
  stage('stay', 'c', 'c', '2023-09-11'),
  stage('home', 'c', 'a', '2023-09-12'),
];

function problemsFor(...stories: WrittenStory[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const read = (written: WrittenStory): StoryData => storySchema().parse(written);
  checkStories(
    stories.map((written, index) => ({
      file: index === 0 ? FILE : `content/stories/other-${index}.yaml`,
      data: read(written),
    })),
    new Map([['test-route', ROUTE]]),
    new Set(['a', 'b', 'c', 'd', 'elsewhere']),
    problems,
  );
  return problems;
}

describe('checkStories', () => {
  it('accepts stages that run between the route’s stops, each from where the last ended, in order', () => {
    expect(problemsFor(story(GOOD))).toEqual([]);
  });

  it('names the stage, the field and the route’s stops for a place off the route', () => {
    const problems = problemsFor(
      story([stage('out', 'a', 'elsewhere', '2023-09-10'), stage('home', 'elsewhere', 'a', '2023-09-11')]),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: FILE,
        field: 'stages.0.to',
        found: 'elsewhere',
        expected: expect.stringContaining('a, b, c, d'),
      }),
      expect.objectContaining({ field: 'stages.1.from', found: 'elsewhere' }),
    ]);
  });

  it('refuses a stage that does not start where the one before it ended', () => {
    const problems = problemsFor(story([stage('out', 'a', 'c', '2023-09-10'), stage('home', 'd', 'a', '2023-09-11')]));
    expect(problems).toEqual([
      expect.objectContaining({ field: 'stages.1.from', found: 'd', expected: expect.stringContaining('"c"') }),
    ]);
  });

  it('refuses stages out of order, measured from the end of the stage before', () => {
    const problems = problemsFor(
      story([stage('out', 'a', 'c', '2023-09-10', '2023-09-12'), stage('home', 'c', 'a', '2023-09-11')]),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'stages.1.start',
        found: '2023-09-11',
        expected: expect.stringContaining('2023-09-12'),
      }),
    ]);
  });

  it('refuses two stages with one id: the id is the stage’s address', () => {
    const problems = problemsFor(story([stage('out', 'a', 'c', '2023-09-10'), stage('out', 'c', 'a', '2023-09-11')]));
    expect(problems).toEqual([expect.objectContaining({ field: 'stages.1.id', found: 'out' })]);
  });

  it('refuses a second story of the same trip', () => {
    const problems = problemsFor(story(GOOD), story(GOOD));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/stories/other-1.yaml', field: 'trip', found: 'the-trip' }),
    ]);
  });
});

describe('storySchema', () => {
  const schema = storySchema();
  const messages = (value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('accepts a well-formed story', () => {
    expect(messages(story(GOOD))).toEqual([]);
  });

  it('explains a stage without citations, a stage ending before it starts, and a bad stage id', () => {
    const stages = [
      { ...GOOD[0]!, citations: [] },
      { ...GOOD[1]!, end: '2023-09-01' },
      { ...GOOD[2]!, id: 'The Way Home' },
    ];
    expect(messages(story(stages))).toEqual([
      'stages.0.citations: Every stage needs at least one citation: add the id of a source passage from content/sources/.',
      'stages.1.end: end is before start: a stage cannot end before it begins. Check both dates.',
      expect.stringMatching(/^stages\.2\.id: Use lower-case letters/),
    ]);
  });
});

describe('validateContent with a story', () => {
  const projects = tempProjectPerTest({ content: 'fixture' });

  it('names the file, field and fix for an unknown place (once) and for a place off the route', async () => {
    const project = await projects.create();
    await mkdir(join(project.root, 'content/stories'), { recursive: true });
    const stageYaml = (id: string, from: string, to: string, start: string) => `
  - id: ${id}
    title: Stage ${id}
    start: '${start}'
    from: ${from}
    to: ${to}
    text: What happened on this stage, told in a sentence long enough for the schema.
    citations: [crossed-into-russia]`;
    await project.write(
      'content/stories/test.yaml',
      `trip: kim-jong-un-russia-2023
route: rail-2023
title: A test story
description: A story used only by the tests, with a description long enough.
published: '2026-12-01'
stages:${stageYaml('out', 'pyongyang', 'khasan', '2023-09-10')}${stageYaml('on', 'khasan', 'vladivostock', '2023-09-12')}${stageYaml('back', 'vladivostock', 'beijing', '2023-09-13')}
`,
    );
    const problems = await validateContent({ root: project.root, today: new Date('2026-12-02') });
    expect(problems.map(({ file, field, found }) => ({ file, field, found }))).toEqual([
      { file: 'content/stories/test.yaml', field: 'stages.1.to', found: 'vladivostock' },
      { file: 'content/stories/test.yaml', field: 'stages.2.from', found: 'vladivostock' },
      { file: 'content/stories/test.yaml', field: 'stages.2.to', found: 'beijing' },
    ]);
    expect(problems[0]!.expected).toContain('place');
    expect(problems.at(-1)!.expected).toContain('A stop on the route "rail-2023"');
  });
});
