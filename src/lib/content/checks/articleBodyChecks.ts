/**
 * The text of an article, below its fields: it must compile as MDX, every <Cite> must name
 * a passage that exists, every image needs alt text and every file it points at must exist,
 * every paragraph stating a fact cites it, only allowed markup is used, and no TODO is left.
 */
import type { ContentEntry } from '../contentEntry.ts';
import type { ContentProblem } from '../contentProblem.ts';
import { readMdxArticle } from '../mdxArticle.ts';
import { findPlaceholderLines } from '../placeholders.ts';
import { checkReference, type IdIndex } from './idChecks.ts';
import { checkArticleMarkup } from './articleMarkupChecks.ts';
import { checkArticleFiles } from './articleFileChecks.ts';
import { uncitedAmong } from '../uncitedParagraphs.ts';
import { checkStoryVoice } from './storyVoiceChecks.ts';
import { checkCitedSources } from './citedSourceChecks.ts';

const MDX_HINT =
  'Text that compiles as MDX: close every tag (<Cite id="…" /> ends with />), and write a literal {, } or < as \\{, \\} or &lt;.';

const CONTEXT = 40;

/** The part of a long line around the column where the compiler stopped. */
function around(line: string, column: number): string {
  const start = Math.max(0, column - 1 - CONTEXT);
  const end = Math.min(line.length, column - 1 + CONTEXT);
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${end < line.length ? '…' : ''}`;
}

/** Lines of the frontmatter block, which the body's placeholder check skips (the fields are checked on their own). */
function bodyStartLine(text: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text);
  return match === null ? 1 : match[0].split('\n').length;
}

const UNCITED: Record<string, string> = {
  number: 'states a number',
  date: 'gives a date',
  quotation: 'quotes someone',
};

export async function checkArticleBody(
  article: ContentEntry,
  index: IdIndex,
  root: string,
  problems: ContentProblem[],
): Promise<void> {
  const text = article.text ?? '';
  const { file } = article;
  const parsed = article.mdx ?? readMdxArticle(text);
  if (parsed.syntaxError !== undefined) {
    const { line, column, message } = parsed.syntaxError;
    problems.push({
      file,
      field: `(text) line ${line}, column ${column}`,
      found: around(text.split('\n')[line - 1] ?? '', column),
      expected: `${MDX_HINT} The MDX compiler says: ${message}.`,
    });
  }
  checkArticleMarkup(parsed, file, problems);
  checkStoryVoice(parsed, file, problems);
  await checkArticleFiles(parsed.addresses, { root, file }, problems);
  for (const paragraph of uncitedAmong(parsed.paragraphs)) {
    problems.push({
      file,
      field: `(text) line ${paragraph.line}`,
      found: paragraph.text,
      expected: `A citation: this paragraph ${UNCITED[paragraph.reason]} without a <Cite id="…" />. Put <Cite id="passage-id" /> straight after the fact, with the id of the passage it comes from.`,
    });
  }
  for (const citation of parsed.citations) {
    checkReference(
      index,
      'passages',
      citation.id,
      file,
      `<Cite id="${citation.id}"> on line ${citation.line}`,
      problems,
    );
  }
  checkCitedSources(
    { file, sources: article.raw['sources'], citations: parsed.citations },
    index.get('passages') ?? new Map(),
    problems,
  );
  for (const correction of parsed.corrections) {
    checkReference(
      index,
      'corrections',
      correction.id,
      file,
      `<Correction id="${correction.id}"> on line ${correction.line}`,
      problems,
    );
  }
  for (const correction of parsed.corrections.filter((entry) => entry.inline)) {
    problems.push({
      file,
      field: `<Correction id="${correction.id}"> on line ${correction.line}`,
      found: 'inside a paragraph',
      expected:
        'A <Correction /> on a line of its own, with an empty line before and after it: it is a box, not part of a sentence.',
    });
  }
  for (const image of parsed.images) {
    if (image.alt !== undefined && image.alt.trim() !== '') continue;
    problems.push({
      file,
      field: `${image.form} image on line ${image.line}`,
      found: image.src ?? '(no src)',
      expected:
        image.form === '![…](…)'
          ? 'Alt text between the square brackets, saying what the picture shows: ![Kim Jong Un waving from the train](/images/departure.jpg).'
          : `An alt attribute saying what the picture shows: ${image.form.slice(0, -1)} src="…" alt="Kim Jong Un waving from the train" />.`,
    });
  }
  const firstBodyLine = bodyStartLine(text);
  const body = text
    .split('\n')
    .slice(firstBodyLine - 1)
    .join('\n');
  for (const placeholder of findPlaceholderLines(body, firstBodyLine)) {
    problems.push({
      file,
      field: `(text) line ${placeholder.line}`,
      found: placeholder.text,
      expected: 'This part of the article still needs writing: replace the TODO placeholder with your text.',
    });
  }
}
