import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ARTICLE_COMPONENTS } from '../../../src/lib/content/articleComponents.ts';
import { PROJECT_ROOT } from '../../../scripts/lib/tempProject.ts';

describe('ARTICLE_COMPONENTS', () => {
  it('names exactly the components the article page hands to an article', async () => {
    const page = await readFile(join(PROJECT_ROOT, 'src', 'pages', 'articles', '[slug].astro'), 'utf8');
    const handed = /<Content components=\{\{([^}]*)\}\}/.exec(page)?.[1];
    expect(handed, 'no <Content components={{ … }} /> in the article page').toBeDefined();
    // Components are capitalised; the lower-case keys (h2, h3) replace HTML elements.
    const components = (handed ?? '')
      .split(',')
      .map((part) => part.split(':')[0]?.trim() ?? '')
      .filter((name) => /^[A-Z]/.test(name));
    expect(components.sort()).toEqual([...ARTICLE_COMPONENTS].sort());
  });
});
