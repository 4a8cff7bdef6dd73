/**
 * What an article's text may contain besides Markdown. The components are the ones
 * src/pages/articles/[slug].astro hands to the article (tests/unit/content/articleComponents.test.ts
 * keeps the two lists the same); anything else would fail or be dropped when the page is
 * built. The HTML elements are those that carry meaning in running text: nothing that runs
 * code, styles the page or embeds another page.
 */
export const ARTICLE_COMPONENTS = ['Cite', 'Correction', 'EditorNote', 'RouteMapFigure'] as const;

export const ARTICLE_HTML_ELEMENTS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
] as const;

/** Attributes that run code, style the page against its Content Security Policy, or embed markup. */
export const REFUSED_ATTRIBUTE = /^(?:on[a-z].*|style|srcdoc|formaction|dangerouslysetinnerhtml|set:html|set:text)$/i;

/** Address schemes a reader's browser may follow from an article. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const;
