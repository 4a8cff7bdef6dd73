/**
 * The readable text of a built HTML page, for checks on what readers see. Marked
 * quotations can be set aside: <q> and <blockquote> are attributed quotes, and <cite>
 * holds the title of a source document. Read with htmlparser2, which decodes entities
 * and knows where elements end.
 */
import { Parser } from 'htmlparser2';

const NEVER_SHOWN = ['script', 'style', 'template'];

function textOf(html: string, leaveOut: readonly string[]): string {
  const skipped = new Set([...NEVER_SHOWN, ...leaveOut]);
  const pieces: string[] = [];
  let inBody = !/<body\b/i.test(html);
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'body') inBody = true;
        if (depth > 0 || skipped.has(name)) depth += 1;
        // Elements part words, as a browser's block and inline boxes do on the page.
        pieces.push(' ');
      },
      onclosetag(name) {
        if (depth > 0) depth -= 1;
        if (name === 'body') inBody = false;
        pieces.push(' ');
      },
      ontext(text) {
        if (inBody && depth === 0) pieces.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

/** The visible text of the page body, with scripts and styles removed. */
export function pageText(html: string): string {
  return textOf(html, []);
}

/** The same, without marked quotations: the words the site claims as its own. */
export function ownWordsText(html: string): string {
  return textOf(html, ['blockquote', 'q', 'cite']);
}
