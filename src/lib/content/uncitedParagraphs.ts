/**
 * Finds paragraphs of an article that state a number, a date or a quotation without a
 * single <Cite>: the claims a reader is most likely to want to check.
 */
import { readMdxArticle, type MdxParagraph } from './mdxArticle.ts';

export interface UncitedParagraph {
  /** 1-based line where the paragraph starts, within the text searched. */
  line: number;
  text: string;
  /** What makes the paragraph need a citation. */
  reason: 'number' | 'date' | 'quotation';
}

const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const QUOTATION = /<q[\s>]|<blockquote[\s>]|["“”]/;
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|dozen)\b/i;
/** The reason a paragraph needs a citation, judged on its words with links and tags set aside. */
function citationReason(paragraph: string): UncitedParagraph['reason'] | undefined {
  if (QUOTATION.test(paragraph.replace(/<Cite[^>]*>/g, '').replace(/\]\([^)]*\)/g, ']'))) return 'quotation';
  const words = paragraph
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{[^}]*\}/g, ' ');
  if (MONTH.test(words)) return 'date';
  if (NUMBER.test(words)) return 'number';
  return undefined;
}

/** Paragraphs as the MDX syntax tree has them, so headings, tags and code are never mistaken for prose. */
export function findUncitedParagraphs(mdx: string): UncitedParagraph[] {
  return uncitedAmong(readMdxArticle(mdx).paragraphs);
}

export function uncitedAmong(paragraphs: readonly MdxParagraph[]): UncitedParagraph[] {
  return paragraphs.flatMap((paragraph) => {
    if (paragraph.cited) return [];
    const reason = citationReason(paragraph.source);
    return reason === undefined ? [] : [{ line: paragraph.line, text: paragraph.source.trim(), reason }];
  });
}
