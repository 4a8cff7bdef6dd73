/**
 * The parts of an article's text that MDX would compile but the site must not publish, or
 * that would stop the build: code in braces ({sic} is a variable MDX cannot find), imports,
 * tags outside the allowed set, attributes that run code or style the page, and addresses
 * such as javascript: that a browser would run.
 */
import type { ContentProblem } from '../contentProblem.ts';
import type { MdxArticle, MdxTag } from '../mdxArticle.ts';
import { ALLOWED_SCHEMES, ARTICLE_COMPONENTS, ARTICLE_HTML_ELEMENTS, REFUSED_ATTRIBUTE } from '../articleComponents.ts';

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;
const ALLOWED_TAGS = new Set<string>([...ARTICLE_COMPONENTS, ...ARTICLE_HTML_ELEMENTS]);

/** The scheme of an address as a browser reads it: spaces and control characters inside it do not count. */
export function addressScheme(url: string): string | undefined {
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
}

function where(line: number, column?: number): string {
  return column === undefined ? `line ${line}` : `line ${line}, column ${column}`;
}

function checkTag(tag: MdxTag, file: string, problems: ContentProblem[]): void {
  const at = `<${tag.name}> on ${where(tag.line, tag.column)}`;
  if (!ALLOWED_TAGS.has(tag.name)) {
    const isComponent = /^[A-Z]/.test(tag.name);
    problems.push({
      file,
      field: `(text) ${at}`,
      found: `<${tag.name}>`,
      expected: isComponent
        ? `A component articles can use: ${ARTICLE_COMPONENTS.join(', ')}. A tag name is case-sensitive.`
        : `Markdown, or one of the HTML tags articles can use: ${ARTICLE_HTML_ELEMENTS.join(', ')}. Scripts, styles and embedded pages (<script>, <style>, <iframe>) are never published.`,
    });
  }
  if (tag.name === 'Cite' && !tag.attributes.some((attribute) => attribute.name === 'id' && attribute.value)) {
    problems.push({
      file,
      field: `(text) ${at}`,
      found: '<Cite>',
      expected: 'The id of the passage cited, in quotes: <Cite id="passage-id" />.',
    });
  }
  for (const attribute of tag.attributes) {
    if (attribute.name === '{…}') {
      problems.push({
        file,
        field: `(text) ${at}`,
        found: `{${attribute.expression ?? ''}}`,
        expected: 'Attributes written out one by one, each value in quotes: name="value".',
      });
    } else if (REFUSED_ATTRIBUTE.test(attribute.name)) {
      problems.push({
        file,
        field: `(text) ${at}`,
        found: `${attribute.name}=…`,
        expected: `No ${attribute.name} attribute: an article carries no code and no styles of its own (the site's security policy would block them). Remove it.`,
      });
    } else if (attribute.expression !== undefined) {
      problems.push({
        file,
        field: `(text) ${at}`,
        found: `${attribute.name}={${attribute.expression}}`,
        expected: `A value in quotes: ${attribute.name}="…". Code in braces is not run in articles.`,
      });
    }
  }
}

export function checkArticleMarkup(article: MdxArticle, file: string, problems: ContentProblem[]): void {
  for (const expression of article.expressions) {
    if (COMMENT.test(expression.code)) continue;
    const code = expression.code.trim();
    problems.push({
      file,
      field: `(text) {…} on ${where(expression.line, expression.column)}`,
      found: `{${code}}`,
      expected: `Text, not code: MDX reads {${code}} as code to run, and the page cannot be built. To show the braces, write \\{${code}\\}; to show the words alone, drop the braces.`,
    });
  }
  for (const statement of article.statements) {
    problems.push({
      file,
      field: `(text) line ${statement.line}`,
      found: statement.code.split('\n')[0] ?? '',
      expected: `No import or export: articles use only the components the site provides (${ARTICLE_COMPONENTS.join(', ')}). To start a paragraph with the word, put it later in the sentence or write \\${statement.code.slice(0, 1)}.`,
    });
  }
  for (const tag of article.tags) checkTag(tag, file, problems);
  for (const address of article.addresses) {
    const scheme = addressScheme(address.url);
    if (scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) continue;
    problems.push({
      file,
      field: `(text) ${address.form} on line ${address.line}`,
      found: address.url,
      expected: `An address starting with https://, http:// or mailto:, or a page of this site such as /articles/the-2023-journey/. A ${scheme}: address is never published.`,
    });
  }
}
