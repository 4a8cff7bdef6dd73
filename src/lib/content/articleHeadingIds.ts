/**
 * The ids an article's section headings get, worked out from its MDX text without
 * building: Astro gives each heading the github-slugger slug of its text, numbering a
 * repeated one (-1, -2), so the same rule read from the source gives the same ids.
 */
import GithubSlugger from 'github-slugger';

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** The heading's text as a reader sees it: no tags, no emphasis marks, link text only. */
function headingText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .trim();
}

/** The ids of the headings of an MDX file's text (frontmatter included or not), in order. */
export function articleHeadingIds(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    const match = HEADING.exec(line);
    if (match) ids.push(slugger.slug(headingText(match[2]!)));
  }
  return ids;
}
