/**
 * Public reports and corrections, as an editor adds them: each test writes one new file
 * into a copy of the project and reads what the validator says about that file alone,
 * so the tests hold whatever the real content says.
 */
import { describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { validateContent } from '../../../src/lib/content/validateContent.ts';
import type { ContentCopy as TempProject } from '../../support/contentCopy.ts';
import { tempProjectPerTest } from '../../support/tempProjectPerTest.ts';

const projects = tempProjectPerTest({ content: 'real' });

const REPORT_FILE = 'content/sources/test-agency-2023-09-13-summit.yaml';
const CORRECTION_FILE = 'content/corrections/test-correction.yaml';

function report(fields: { url?: string; quote?: string; id?: string; date?: string; extra?: string[] } = {}): string {
  return [
    'title: "Leaders meet at the cosmodrome"',
    'kind: Agency report',
    'publisher: Test Agency',
    `date: ${fields.date ?? "'2023-09-13'"}`,
    ...(fields.url === undefined ? [] : [`url: ${fields.url}`]),
    ...(fields.extra ?? []),
    'description: A test report, written for the validator tests only.',
    'passages:',
    `  - id: ${fields.id ?? 'test-summit-report'}`,
    '    topic: The leaders meet',
    `    quote: "${fields.quote ?? 'The two leaders met at the cosmodrome on Wednesday, the agency said.'}"`,
    '',
  ].join('\n');
}

function correction(corrects: string, citation: string, date: string | null = "'2026-12-01'"): string {
  return [
    `corrects: ${corrects}`,
    ...(date === null ? [] : [`date: ${date}`]),
    'title: A test correction of a document',
    'claim: The document says something that the record does not bear out.',
    'record: The record shows something else, according to a test report.',
    `citations: [${citation}]`,
    '',
  ].join('\n');
}

async function problemsOf(project: TempProject, file: string) {
  const problems = await validateContent({ root: project.root, today: new Date('2030-01-01') });
  return problems.filter((problem) => problem.file === file);
}

async function seedPassageId(project: TempProject): Promise<string> {
  // Any passage of a seed document will do; read one from the copy rather than naming it here.
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(join(project.root, 'content/sources/doc-000.yaml'), 'utf8');
  const id = /^\s+- id: ([a-z0-9-]+)$/m.exec(text)?.[1];
  if (!id) throw new Error('doc-000.yaml lists no passage');
  return id;
}

describe('public reports', () => {
  it('accepts a report with its publisher, address and a short passage', async () => {
    const project = await projects.create();
    await project.write(REPORT_FILE, report({ url: 'https://news.example/summit' }));
    expect(await problemsOf(project, REPORT_FILE)).toEqual([]);
  });

  it('refuses a report without an address, naming the file and the url field', async () => {
    const project = await projects.create();
    await project.write(REPORT_FILE, report());
    expect(await problemsOf(project, REPORT_FILE)).toEqual([
      expect.objectContaining({ field: 'url', expected: expect.stringContaining('needs its address') }),
    ]);
  });

  it('refuses an address that is not a web address', async () => {
    const project = await projects.create();
    await project.write(REPORT_FILE, report({ url: 'javascript:alert(1)' }));
    expect(await problemsOf(project, REPORT_FILE)).toEqual([expect.objectContaining({ field: 'url' })]);
  });

  it('accepts a wire story known only from a copy, named in readAt with its address', async () => {
    const project = await projects.create();
    await project.write(
      REPORT_FILE,
      report({ extra: ['readAt:', '  name: The Daily Example', '  url: https://daily.example/world/summit'] }),
    );
    expect(await problemsOf(project, REPORT_FILE)).toEqual([]);
  });

  it("accepts the publisher's own address beside the copy that was read", async () => {
    const project = await projects.create();
    await project.write(
      REPORT_FILE,
      report({
        url: 'https://news.example/summit',
        extra: ['readAt:', '  name: The Daily Example', '  url: https://daily.example/world/summit'],
      }),
    );
    expect(await problemsOf(project, REPORT_FILE)).toEqual([]);
  });

  it('refuses a copy named without an address when the report has no url of its own', async () => {
    const project = await projects.create();
    await project.write(REPORT_FILE, report({ extra: ['readAt:', '  name: The Daily Example'] }));
    expect(await problemsOf(project, REPORT_FILE)).toEqual([
      expect.objectContaining({ field: 'url', expected: expect.stringContaining('readAt') }),
    ]);
  });

  it('refuses a url on the same site as the copy, since url is for the publisher', async () => {
    const project = await projects.create();
    await project.write(
      REPORT_FILE,
      report({
        url: 'https://www.daily.example/world/summit',
        extra: ['readAt:', '  name: The Daily Example', '  url: https://daily.example/world/summit'],
      }),
    );
    expect(await problemsOf(project, REPORT_FILE)).toEqual([
      expect.objectContaining({ field: 'readAt.url', expected: expect.stringContaining('daily.example') }),
    ]);
  });

  it('refuses the old via field, saying to write readAt instead', async () => {
    const project = await projects.create();
    await project.write(REPORT_FILE, report({ url: 'https://news.example/summit', extra: ['via: The Daily Example'] }));
    expect(await problemsOf(project, REPORT_FILE)).toEqual([
      expect.objectContaining({ field: 'via', expected: expect.stringContaining('readAt') }),
    ]);
  });

  it('accepts a report whose date is not known, written date: unknown and explained in dateNote', async () => {
    const project = await projects.create();
    await project.write(
      REPORT_FILE,
      report({
        url: 'https://news.example/summit',
        date: 'unknown',
        extra: ['dateNote: The copy read prints no date, and nothing in the text dates it.'],
      }),
    );
    expect(await problemsOf(project, REPORT_FILE)).toEqual([]);
  });

  it('refuses date: unknown without a dateNote saying why the date is not known', async () => {
    const project = await projects.create();
    await project.write(REPORT_FILE, report({ url: 'https://news.example/summit', date: 'unknown' }));
    expect(await problemsOf(project, REPORT_FILE)).toEqual([
      expect.objectContaining({ field: 'dateNote', expected: expect.stringContaining('why the date is not known') }),
    ]);
  });

  it('refuses another word for an unknown date, saying to write unknown', async () => {
    const project = await projects.create();
    await project.write(REPORT_FILE, report({ url: 'https://news.example/summit', date: 'undated' }));
    expect(await problemsOf(project, REPORT_FILE)).toEqual([
      expect.objectContaining({ field: 'date', expected: expect.stringContaining('"unknown"') }),
    ]);
  });

  it('refuses a passage of a report longer than 40 words', async () => {
    const project = await projects.create();
    const long = Array.from({ length: 41 }, (_, index) => `word${index}`).join(' ');
    await project.write(REPORT_FILE, report({ url: 'https://news.example/summit', quote: long }));
    expect(await problemsOf(project, REPORT_FILE)).toEqual([
      expect.objectContaining({
        field: 'passages.0.quote',
        expected: expect.stringContaining('40 words or fewer (this one has 41)'),
      }),
    ]);
  });
});

describe('corrections', () => {
  /** Writes a report and a correction of `corrects` that cites it; returns what the validator says of the correction. */
  async function correctionProblems(project: TempProject, corrects: string) {
    await project.write(REPORT_FILE, report({ url: 'https://news.example/summit' }));
    await mkdir(join(project.root, 'content/corrections'), { recursive: true });
    await project.write(CORRECTION_FILE, correction(corrects, 'test-summit-report'));
    return problemsOf(project, CORRECTION_FILE);
  }

  it('accepts a correction of a seed passage that cites a report', async () => {
    const project = await projects.create();
    expect(await correctionProblems(project, await seedPassageId(project))).toEqual([]);
  });

  it('refuses a correction without its date, saying which date to write', async () => {
    const project = await projects.create();
    await project.write(REPORT_FILE, report({ url: 'https://news.example/summit' }));
    await mkdir(join(project.root, 'content/corrections'), { recursive: true });
    await project.write(CORRECTION_FILE, correction(await seedPassageId(project), 'test-summit-report', null));
    expect(await problemsOf(project, CORRECTION_FILE)).toEqual([
      expect.objectContaining({
        field: 'date',
        found: undefined,
        expected: expect.stringContaining('the day the correction was published'),
      }),
    ]);
  });

  it('refuses a correction of a passage that does not exist, naming the corrects field', async () => {
    expect(await correctionProblems(await projects.create(), 'no-such-passage')).toEqual([
      expect.objectContaining({ field: 'corrects', found: 'no-such-passage' }),
    ]);
  });

  it('refuses a correction that corrects a report instead of a seed document', async () => {
    expect(await correctionProblems(await projects.create(), 'test-summit-report')).toEqual([
      expect.objectContaining({ field: 'corrects', expected: expect.stringContaining('seed documents') }),
    ]);
  });
});
