/**
 * Reads an article the way the site build does: with Sätteri, the MDX compiler that
 * @astrojs/mdx uses, so an article that passes here also compiles there. One syntax tree
 * gives every check of the text what it needs: citations, images, links, tags and their
 * attributes, expressions, imports and paragraphs. Line numbers count from the top of the
 * file, frontmatter included, as an editor's text editor does.
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
  /** The heading the citation sits under, counted from 0 in reading order; -1 before the first. */
  heading: number;
}

/**
 * A tag that makes a note at the foot of the page: a <Cite>, or a <Correction> (whose own
 * citations are numbered where it stands).
 */
export interface MdxNote {
  tag: 'Cite' | 'Correction';
  id: string;
  /** The heading the tag sits under, counted from 0 in reading order; -1 before the first. */
  heading: number;
}

export interface MdxHeading {
  depth: number;
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

/** A link or any other address in the text: [words](url), <a href>, <img src>. */
export interface MdxAddress {
  line: number;
  /** Where it was written: "[…](…)", "![…](…)" or "<a href>". */
  form: string;
  url: string;
  /** An image or other file the page loads, as opposed to a link the reader follows. */
  loaded: boolean;
}

export interface MdxAttribute {
  name: string;
  /** The text of a quoted value; undefined for an {expression} or a bare attribute. */
  value: string | undefined;
  /** The code of an {expression} value, or of a {...spread}. */
  expression?: string;
}

/** A tag written in the text, an HTML element (<q>) or a component (<Cite>). */
export interface MdxTag {
  name: string;
  line: number;
  column: number;
  attributes: MdxAttribute[];
}

/** Code in braces: {…} in the text. */
export interface MdxExpression {
  code: string;
  line: number;
  column: number;
}

export interface MdxParagraph {
  line: number;
  /** The paragraph as written in the file. */
  source: string;
  cited: boolean;
}

export interface MdxArticle {
  syntaxError?: MdxSyntaxError;
  /** In reading order. */
  citations: MdxCitation[];
  /** <Correction id="…" /> tags, in reading order; inline when written inside a paragraph. */
  corrections: Array<MdxCitation & { inline: boolean }>;
  /** The <Cite> and <Correction> tags together, in reading order: what the page numbers its notes from. */
  notes: MdxNote[];
  /** In reading order: the n-th is the n-th heading Astro renders. */
  headings: MdxHeading[];
  images: MdxImage[];
  addresses: MdxAddress[];
  tags: MdxTag[];
  expressions: MdxExpression[];
  /** import and export statements. */
  statements: MdxExpression[];
  paragraphs: MdxParagraph[];
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}

interface TreeNode {
  type: string;
  name?: string | null;
  depth?: number;
  url?: string;
  alt?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: Point; end: Point };
  children?: TreeNode[];
}

const IMAGE_TAGS = new Set(['img', 'Image', 'Picture']);
/** Attributes that hold an address, and whether the page loads what they point at. */
const ADDRESS_ATTRIBUTES: Record<string, boolean> = { href: false, src: true, cite: false, poster: true };
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

function readAttributes(node: TreeNode): MdxAttribute[] {
  return (node.attributes ?? []).map((entry) => {
    if (entry.type !== 'mdxJsxAttribute')
      return { name: '{…}', value: undefined, expression: String(entry.value ?? '') };
    const name = entry.name ?? '';
    if (typeof entry.value === 'string') return { name, value: entry.value };
    if (entry.value === null || entry.value === undefined) return { name, value: undefined };
    return { name, value: undefined, expression: String((entry.value as { value?: unknown }).value ?? '') };
  });
}

/** A JSX attribute as text; an expression such as alt={title} counts as given. */
function attribute(tag: MdxTag, name: string): string | undefined {
  const found = tag.attributes.find((entry) => entry.name === name);
  if (found === undefined) return undefined;
  if (found.value !== undefined) return found.value;
  return found.expression === undefined ? '' : '{expression}';
}

function containsCite(node: TreeNode): boolean {
  if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') return true;
  return (node.children ?? []).some(containsCite);
}

function visit(node: TreeNode, article: MdxArticle, source: string): void {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const line = start.line;
  if (node.type === 'image') {
    article.images.push({ line, form: '![…](…)', src: node.url, alt: node.alt ?? '' });
    if (node.url !== undefined) article.addresses.push({ line, form: '![…](…)', url: node.url, loaded: true });
  } else if (node.type === 'link' || node.type === 'definition') {
    if (node.url !== undefined) {
      article.addresses.push({ line, form: node.type === 'link' ? '[…](…)' : '[…]: …', url: node.url, loaded: false });
    }
  } else if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
    article.expressions.push({ code: node.value ?? '', line, column: start.column });
  } else if (node.type === 'mdxjsEsm') {
    article.statements.push({ code: node.value ?? '', line, column: start.column });
  } else if (node.type === 'heading') {
    article.headings.push({ depth: node.depth ?? 1, line });
  } else if (node.type === 'paragraph') {
    const { start: from, end: to } = node.position ?? {};
    const text = from?.offset !== undefined && to?.offset !== undefined ? source.slice(from.offset, to.offset) : '';
    article.paragraphs.push({ line, source: text, cited: containsCite(node) });
  } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const tag: MdxTag = { name: node.name ?? '', line, column: start.column, attributes: readAttributes(node) };
    article.tags.push(tag);
    if (tag.name === 'Cite') {
      const id = attribute(tag, 'id');
      if (id !== undefined) {
        article.citations.push({ id, line, heading: article.headings.length - 1 });
        article.notes.push({ tag: 'Cite', id, heading: article.headings.length - 1 });
      }
    } else if (tag.name === 'Correction') {
      const id = attribute(tag, 'id');
      // A correction is a box of its own: inside a sentence it would break the paragraph apart.
      if (id !== undefined) {
        article.corrections.push({
          id,
          line,
          heading: article.headings.length - 1,
          inline: node.type === 'mdxJsxTextElement',
        });
        article.notes.push({ tag: 'Correction', id, heading: article.headings.length - 1 });
      }
    } else if (IMAGE_TAGS.has(tag.name)) {
      article.images.push({ line, form: `<${tag.name}>`, src: attribute(tag, 'src'), alt: attribute(tag, 'alt') });
    }
    for (const { name, value } of tag.attributes) {
      const loaded = ADDRESS_ATTRIBUTES[name];
      if (loaded !== undefined && value !== undefined) {
        article.addresses.push({ line, form: `<${tag.name} ${name}>`, url: value, loaded });
      }
    }
  }
  for (const child of node.children ?? []) visit(child, article, source);
}

export function readMdxArticle(text: string): MdxArticle {
  const article: MdxArticle = {
    citations: [],
    corrections: [],
    notes: [],
    headings: [],
    images: [],
    addresses: [],
    tags: [],
    expressions: [],
    statements: [],
    paragraphs: [],
  };
  let tree: TreeNode;
  try {
    tree = mdxToMdast(text, { features: { gfm: true } }) as unknown as TreeNode;
  } catch (error) {
    article.syntaxError = parseError(error);
    return article;
  }
  visit(tree, article, text);
  return article;
}
