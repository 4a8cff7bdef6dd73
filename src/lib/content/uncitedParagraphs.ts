/**
 * Finds paragraphs of an article that state a number, a date or a quotation without a
 * single <Cite>: the claims a reader is most likely to want to check.
 */
export interface UncitedParagraph {
  /** 1-based line where the paragraph starts, within the text searched. */
  line: number;
  text: string;
  /** What makes the paragraph need a citation. */
  reason: 'number' | 'date' | 'quotation';
}

const MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const QUOTATION = /<q[\s>]|<blockquote[\s>]|["“”]/;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|dozen)\b/i;
const CITE = /<Cite\s/;
/**
 * Lines that carry no prose of their own: headings, JSX wrappers, imports, and a
 * component on a line of its own (<Correction id="…" />, which cites its own sources).
 */
const NOT_PROSE = /^\s*(?:#|<\/?[A-Z][\w.]*\s*\/?>\s*$|<[A-Z][\w.]*\s[^<>]*\/>\s*$|import\s|export\s)/;

function stripFrontmatter(mdx: string): { body: string; offset: number } {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(mdx);
  if (!match) return { body: mdx, offset: 0 };
  return { body: mdx.slice(match[0].length), offset: match[0].split('\n').length - 1 };
}

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

export function findUncitedParagraphs(mdx: string): UncitedParagraph[] {
  const { body, offset } = stripFrontmatter(mdx);
  const found: UncitedParagraph[] = [];
  let current: string[] = [];
  let startLine = 0;
  const flush = () => {
    const text = current.join('\n').trim();
    current = [];
    if (text === '' || CITE.test(text)) return;
    const reason = citationReason(text);
    if (reason) found.push({ line: startLine + offset, text, reason });
  };
  body.split('\n').forEach((line, index) => {
    if (line.trim() === '' || NOT_PROSE.test(line)) {
      flush();
      return;
    }
    if (current.length === 0) startLine = index + 1;
    current.push(line);
  });
  flush();
  return found;
}
