/**
 * The day a page last changed, as the page itself states it in its <head>
 * (`<meta name="dcterms.modified">`, written by BaseLayout from the page's content). The
 * sitemap's `lastmod` is read back from the built page, so the two cannot disagree.
 */
import { Parser } from 'htmlparser2';

export const MODIFIED_META_NAME = 'dcterms.modified';

export function pageModifiedDate(html: string): string | undefined {
  let found: string | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (found === undefined && name === 'meta' && attributes['name'] === MODIFIED_META_NAME) {
        found = attributes['content'];
      }
    },
  });
  parser.write(html);
  parser.end();
  return found;
}
