/**
 * Reads an article the way the site build does: with Sätteri, the MDX compiler that
 * @astrojs/mdx uses, so an article that passes here also compiles there. Line numbers
 * count from the top of the file, frontmatter included, as an editor's text editor does.
 */
import { mdxToMdast } from 'satteri';

export interface MdxSyntaxError {
  line: number;
  column: number;
  message: string;
}

export interface MdxCitation {
  id: string;
  line: number;
}

export interface MdxImage {
  line: number;
  /** How the image was written: "![…](…)" or a tag such as <img>. */
  form: string;
  src: string | undefined;
  /** undefined when the image has no alt attribute at all. */
  alt: string | undefined;
}

export interface MdxArticle {
  syntaxError?: MdxSyntaxError;
  citations: MdxCitation[];
  /** <Correction id="…" /> tags: a correction of a seed document shown in the text. */
  corrections: Array<MdxCitation & { inline: boolean }>;
  images: MdxImage[];
}

interface TreeNode {
  type: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
  children?: TreeNode[];
}

const IMAGE_TAGS = new Set(['img', 'Image', 'Picture']);
const ERROR_POSITION = /^(\d+):(\d+):\s*/;
const RULE_NAME = /\s*\([a-z-]+:[a-z-]+\)\s*$/;

function parseError(error: unknown): MdxSyntaxError {
  const text = error instanceof Error ? error.message : String(error);
  const position = ERROR_POSITION.exec(text);
  const message = text.replace(ERROR_POSITION, '').replace(RULE_NAME, '').split('\n')[0] ?? text;
  return {
    line: position ? Number(position[1]) : 1,
    column: position ? Number(position[2]) : 1,
    message,
  };
}

/** A JSX attribute as text; an expression such as alt={title} counts as given. */
function attribute(node: TreeNode, name: string): string | undefined {
  const found = node.attributes?.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
  if (found === undefined) return undefined;
  if (typeof found.value === 'string') return found.value;
  return found.value === null || found.value === undefined ? '' : '{expression}';
}

function visit(node: TreeNode, article: MdxArticle): void {
  const line = node.position?.start.line ?? 1;
  if (node.type === 'image') {
    article.images.push({ line, form: '![…](…)', src: node.url, alt: node.alt ?? '' });
  } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    if (node.name === 'Cite') {
      const id = attribute(node, 'id');
      if (id !== undefined) article.citations.push({ id, line });
    } else if (node.name === 'Correction') {
      const id = attribute(node, 'id');
      // A correction is a box of its own: inside a sentence it would break the paragraph apart.
      if (id !== undefined) article.corrections.push({ id, line, inline: node.type === 'mdxJsxTextElement' });
    } else if (node.name && IMAGE_TAGS.has(node.name)) {
      article.images.push({ line, form: `<${node.name}>`, src: attribute(node, 'src'), alt: attribute(node, 'alt') });
    }
  }
  for (const child of node.children ?? []) visit(child, article);
}

export function readMdxArticle(text: string): MdxArticle {
  const article: MdxArticle = { citations: [], corrections: [], images: [] };
  let tree: TreeNode;
  try {
    tree = mdxToMdast(text, { features: { gfm: true } }) as unknown as TreeNode;
  } catch (error) {
    article.syntaxError = parseError(error);
    return article;
  }
  visit(tree, article);
  return article;
}
