/**
 * Pagefind's excerpts are HTML with <mark> around the words found. Only the text and the
 * marks are kept: the excerpt is parsed in an inert <template> and rebuilt node by node.
 */
export function excerptFragment(excerptHtml: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = excerptHtml;
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(template.content.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return fragment;
}
