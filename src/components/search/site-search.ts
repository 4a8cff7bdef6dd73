/**
 * <site-search>: the search page's form and results, on the Pagefind index written into
 * dist/pagefind/ after the build. Results are drawn with DOM calls, never Pagefind's
 * default UI, whose inline styles the Content Security Policy blocks.
 */
import { excerptFragment } from './excerptFragment.ts';
import { bestSubResult, type SubResult } from './bestSubResult.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const INDEX_URL = '/pagefind/pagefind.js';
const MAX_RESULTS = 20;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<PagefindApi> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    // The form is already shown and the no-script note hidden, by CSS (global.css).
    if (!form || !input) return;

    const query = new URLSearchParams(location.search).get('q') ?? '';
    input.value = query;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value);
    });
    input.addEventListener('input', () => void this.search(input.value));
    if (query.trim() !== '') void this.search(query);
  }

  #loadIndex(): Promise<PagefindApi> {
    this.#pagefind ??= import(/* @vite-ignore */ INDEX_URL).then(async (module: PagefindApi) => {
      await module.options({ excerptLength: 24 });
      return module;
    });
    return this.#pagefind;
  }

  async search(query: string): Promise<void> {
    const status = this.querySelector('[role="status"]');
    const list = this.querySelector('ol');
    if (!status || !list) return;
    const url = new URL(location.href);
    if (query.trim() === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let pagefind: PagefindApi;
    try {
      pagefind = await this.#loadIndex();
    } catch {
      status.textContent = 'The search index is missing: it is written by "npm run build".';
      return;
    }
    const response = await pagefind.debouncedSearch(query);
    // A newer keystroke superseded this search.
    if (response === null) return;
    const found = await Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...found.map(resultItem));
    status.textContent =
      found.length === 0
        ? `Nothing found for “${query}”.`
        : `${response.results.length} ${response.results.length === 1 ? 'page' : 'pages'} found for “${query}”.`;
  }
}

/** A page found, linked to the section where the words were found, with that section's excerpt. */
function resultItem(result: PagefindResultData): HTMLLIElement {
  const section = bestSubResult(result.sub_results);
  const pageTitle = result.meta['title'] ?? result.url;
  const item = document.createElement('li');
  const kind = document.createElement('p');
  kind.className = 'search-result__kind';
  kind.textContent = result.meta['kind'] ?? '';
  const link = document.createElement('a');
  link.href = section?.url ?? result.url;
  link.textContent = pageTitle;
  const heading = document.createElement('h2');
  heading.append(link);
  item.append(kind, heading);
  if (section && section.url.includes('#') && section.title !== pageTitle) {
    const where = document.createElement('p');
    where.className = 'search-result__section';
    where.textContent = `Section: ${section.title}`;
    item.append(where);
  }
  const excerpt = document.createElement('p');
  excerpt.append(excerptFragment(section?.excerpt ?? result.excerpt));
  item.append(excerpt);
  return item;
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
