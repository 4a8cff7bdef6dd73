/**
 * What `npm run new` does: writes a new content file from its template, never over an
 * existing one, and tells the editor what to fill in next.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { findPlaceholderFields } from '../../../src/lib/content/placeholders.ts';
import { fieldName } from '../../../src/lib/content/contentProblem.ts';
import { CONTENT_KINDS, TEMPLATES, type ContentKind } from './contentTemplates.ts';
import { slugify } from './slugify.ts';

/** A mistake in the command itself, with a message for the editor. */
export class ScaffoldError extends Error {}

export interface CreateOptions {
  root: string;
  today?: Date;
}

export interface CreatedFile {
  /** Path relative to the project root. */
  file: string;
  /** The fields that still hold a TODO placeholder. */
  toFill: string[];
  /** What to tell the editor. */
  message: string;
}

export function isContentKind(kind: string): kind is ContentKind {
  return (CONTENT_KINDS as readonly string[]).includes(kind);
}

/** One more than the highest `order:` among the articles, so a new article goes last. */
export async function nextArticleOrder(articlesDir: string): Promise<number> {
  const names = await readdir(articlesDir).catch(() => [] as string[]);
  let highest = 0;
  for (const name of names.filter((entry) => entry.endsWith('.mdx'))) {
    const order = /^order:\s*(\d+)/m.exec(await readFile(join(articlesDir, name), 'utf8'));
    if (order) highest = Math.max(highest, Number(order[1]));
  }
  return highest + 1;
}

function fieldsToFill(path: string, text: string): string[] {
  const fields = path.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
  const names = findPlaceholderFields(yaml.load(fields)).map((found) => fieldName(found.path).replace(/\.\d+$/, ''));
  if (path.endsWith('.mdx')) names.push('the text below the fields');
  return names;
}

export async function createContentFile(kind: string, title: string, options: CreateOptions): Promise<CreatedFile> {
  if (!isContentKind(kind)) {
    throw new ScaffoldError(
      `"${kind}" is not something npm run new can create. Use one of: ${CONTENT_KINDS.join(', ')}.`,
    );
  }
  const slug = slugify(title);
  if (slug === '') {
    throw new ScaffoldError(
      `Give the ${kind} a title with letters or digits, in quotes: npm run new -- ${kind} "Kim Jong Un by train to Hanoi".`,
    );
  }
  const contentDir = join(options.root, 'content');
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const order = kind === 'article' ? await nextArticleOrder(join(contentDir, 'articles')) : undefined;
  const template = TEMPLATES[kind]({ title, slug, today, ...(order === undefined ? {} : { order }) });
  const target = join(contentDir, template.path);
  const file = relative(options.root, target).split('\\').join('/');
  await mkdir(dirname(target), { recursive: true });
  try {
    await writeFile(target, template.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ScaffoldError(
        `${file} already exists, so nothing was written. Open that file to edit it, or choose a different title.`,
      );
    }
    throw error;
  }
  const toFill = fieldsToFill(template.path, template.text);
  const message = [
    `Created ${file}`,
    '',
    `Next: open it and replace every TODO. Still to fill in: ${[...new Set(toFill)].join(', ')}.`,
    'The comment above each field says what to write; EDITING.md explains each step.',
    'Then run "npm run validate" until it says the content is valid,',
    `and "npm run dev" to preview it at http://localhost:4321${template.previewPath}`,
  ].join('\n');
  return { file, toFill, message };
}
