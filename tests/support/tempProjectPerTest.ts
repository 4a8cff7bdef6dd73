/**
 * A copy of the content for each test that asks for one, removed after the test, so no
 * test sees what another wrote into its copy. Only content/ is copied (public/ is linked):
 * the validator reads nothing else, and a copy of the whole project is for tests that run
 * its commands (scripts/lib/tempProject.ts).
 */
import { afterEach } from 'vitest';
import { type ContentProblem, type ValidateOptions, validateContent } from '../../src/lib/content/validateContent.ts';
import { createContentCopy, type ContentCopy } from './contentCopy.ts';

export interface ProjectPerTest {
  /** Makes this test's copy. */
  create(): Promise<ContentCopy>;
  /** Makes this test's copy, changes one file of it and returns what validateContent finds in the copy. */
  problemsAfterEdit(
    file: string,
    change: (text: string) => string,
    options?: Omit<ValidateOptions, 'root'>,
  ): Promise<ContentProblem[]>;
}

/** Call once at the top of a test file or describe block: it registers the removal after each test. */
export function tempProjectPerTest(options: { content: 'real' | 'fixture' }): ProjectPerTest {
  let project: ContentCopy | undefined;
  afterEach(async () => {
    await project?.remove();
    project = undefined;
  });
  const create = async () => {
    project = await createContentCopy(options.content);
    return project;
  };
  return {
    create,
    async problemsAfterEdit(file, change, validateOptions = {}) {
      const copy = await create();
      await copy.edit(file, change);
      return validateContent({ ...validateOptions, root: copy.root });
    },
  };
}
