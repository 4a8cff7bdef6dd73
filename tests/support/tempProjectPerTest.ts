/**
 * A copy of the project for each test that asks for one, removed after the test, so no
 * test sees what another wrote into its copy.
 */
import { afterEach } from 'vitest';
import { createTempProject, type TempProject, type TempProjectOptions } from '../../scripts/lib/tempProject.ts';
import { validateContent, type ContentProblem, type ValidateOptions } from '../../src/lib/content/validateContent.ts';

export interface ProjectPerTest {
  /** Makes this test's copy. */
  create(): Promise<TempProject>;
  /** Makes this test's copy, changes one file of it and returns what validateContent finds in the copy. */
  problemsAfterEdit(
    file: string,
    change: (text: string) => string,
    options?: Omit<ValidateOptions, 'root'>,
  ): Promise<ContentProblem[]>;
}

/** Call once at the top of a test file or describe block: it registers the removal after each test. */
export function tempProjectPerTest(options: TempProjectOptions): ProjectPerTest {
  let project: TempProject | undefined;
  afterEach(async () => {
    await project?.remove();
    project = undefined;
  });
  const create = async () => {
    project = await createTempProject(options);
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
