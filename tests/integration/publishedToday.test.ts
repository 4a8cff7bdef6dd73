/**
 * An editor who publishes today never breaks CI: an article made with `npm run new` (which
 * dates it today, from the clock) is added to a copy of the project, and the copy's unit
 * tests that read the real content still pass. The others read the frozen copy in
 * tests/fixtures/content/, so the new article cannot change what they see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../../scripts/lib/tempProject.ts';
import { fillFields, writeArticleText } from '../support/fillIn.ts';
import { unitTestsReadingRealContent } from '../support/realContentTests.ts';

let project: TempProject;
beforeAll(async () => {
  project = await createTempProject({ withTests: true });
});
afterAll(async () => {
  await project.remove();
});

describe('an article published today', () => {
  it('passes validation, and the unit tests that read the content still pass with it', async () => {
    const created = project.npm('new', ['article', 'How the armored train is guarded']);
    expect(created.status, created.output).toBe(0);
    const file = 'content/articles/how-the-armored-train-is-guarded.mdx';
    await project.edit(
      file,
      fillFields({
        description: '"The three trains, the advance party and the soldiers who keep the leader\'s journey safe."',
        reportingAsOf: "'2023-09-12'",
        sources: '[doc-004]',
      }),
    );
    await project.edit(
      file,
      writeArticleText(
        '## A convoy of three\n\nThe leader travels with two more trains.<Cite id="ninety-carriages" />',
      ),
    );
    const validated = project.npm('validate');
    expect(validated.status, validated.output).toBe(0);

    const readingContent = unitTestsReadingRealContent(project.root);
    expect(readingContent).toContain('tests/unit/content/validateContent.test.ts');
    const unitTests = project.npm('test:unit', readingContent);
    expect(unitTests.output).not.toMatch(/\bfailed\b/);
    expect(unitTests.status, unitTests.output.slice(-3000)).toBe(0);
  }, 180_000);
});
