import { describe, expect, it } from 'vitest';
import { scanStartTags } from '../../../../scripts/lib/quality/htmlTags.ts';
import { checkLinks, type BuiltPage } from '../../../../scripts/lib/quality/linkCheck.ts';
import { sitemapLocations } from '../../../../scripts/lib/quality/builtSite.ts';

const ORIGIN = 'https://armored-train.example';

function site(pages: BuiltPage[], extraFiles: string[] = []) {
  const files = new Set([...pages.map((page) => `${page.path}index.html`), ...extraFiles]);
  return { pages, files, siteOrigin: ORIGIN };
}

const target: BuiltPage = { path: '/sources/', html: '<h2 id="passage-1">One</h2><a name="old-anchor"></a>' };

function reasonsFor(html: string, extraFiles: string[] = []): string[] {
  return checkLinks(site([{ path: '/articles/a/', html }, target], extraFiles)).map((link) => link.reason);
}

describe('scanStartTags', () => {
  it('reads quoted, unquoted and entity-encoded attribute values', () => {
    const [tag] = scanStartTags(`<a href="/a/?x=1&amp;y=2" id=top data-x='q'>`);
    expect(tag?.name).toBe('a');
    expect(tag?.attributes.get('href')).toBe('/a/?x=1&y=2');
    expect(tag?.attributes.get('id')).toBe('top');
    expect(tag?.attributes.get('data-x')).toBe('q');
  });

  it('skips comments and the text of scripts and styles', () => {
    const tags = scanStartTags(
      `<!-- <a href="/in-comment/"> --><script>const s = '<a href="/in-script/">';</script><style>a{}</style><p>`,
    );
    expect(tags.map((tag) => tag.name)).toEqual(['script', 'style', 'p']);
  });
});

describe('checkLinks', () => {
  it('accepts links to built pages, files and ids that exist', () => {
    expect(
      reasonsFor(
        `<a href="/sources/#passage-1">s</a><a href="../../sources/">r</a><a href="#self">x</a><p id="self"></p>` +
          `<img src="/favicon.svg" alt=""><a href="${ORIGIN}/sources/#old-anchor">abs</a><a href="#">top</a>`,
        ['/favicon.svg'],
      ),
    ).toEqual([]);
  });

  it('ignores links to other hosts and other schemes', () => {
    expect(reasonsFor('<a href="https://example.org/nowhere/">x</a><a href="mailto:a@b.c">m</a>')).toEqual([]);
  });

  it('reports a page that is not built', () => {
    expect(reasonsFor('<a href="/missing/">x</a>')).toEqual(['no page is built at /missing/']);
  });

  it('reports a page address without its trailing slash', () => {
    expect(reasonsFor('<a href="/sources">x</a>')).toEqual([
      'pages are addressed with a trailing slash: write /sources/',
    ]);
  });

  it('reports an id that the target page does not have', () => {
    expect(reasonsFor('<a href="/sources/#passage-2">x</a><a href="#nope">y</a>')).toEqual([
      'no element with id="passage-2" on /sources/',
      'no element with id="nope" on /articles/a/',
    ]);
  });

  it('reports missing files in src and srcset', () => {
    expect(reasonsFor('<img src="/a.png" srcset="/b.png 2x, /c.png 3x" alt="">', ['/b.png'])).toEqual([
      'no file /a.png in the build',
      'no file /c.png in the build',
    ]);
  });

  it('names the page, attribute and link of each problem', () => {
    const [broken] = checkLinks(site([{ path: '/articles/a/', html: '<link rel="stylesheet" href="/x.css">' }]));
    expect(broken).toMatchObject({ page: '/articles/a/', attribute: 'link[href]', link: '/x.css' });
  });
});

describe('sitemapLocations', () => {
  it('reads a sitemap index and a sitemap', () => {
    expect(
      sitemapLocations(
        `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${ORIGIN}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
      ),
    ).toEqual([`${ORIGIN}/sitemap-0.xml`]);
    expect(
      sitemapLocations(
        `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${ORIGIN}/</loc></url><url><loc>${ORIGIN}/sources/</loc></url></urlset>`,
      ),
    ).toEqual([`${ORIGIN}/`, `${ORIGIN}/sources/`]);
  });

  it('reads an empty sitemap as no pages', () => {
    expect(sitemapLocations('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')).toEqual([]);
  });
});
