import { describe, expect, it } from 'vitest';
import { newsArticle, serializeJsonLd, tripEvent } from '../../../src/lib/meta/structuredData.ts';
import { defaultStructuredData } from '../../../src/lib/meta/defaultStructuredData.ts';
import { articleStructuredData } from '../../../src/lib/meta/articleStructuredData.ts';
import { searchKind } from '../../../src/lib/meta/searchKind.ts';

const publisher = { name: 'Pub', url: 'https://x.example/', logoUrl: 'https://x.example/logo.png' };
/** The page an item describes, as the builders of news articles and trip events are given it. */
const page = { description: 'D', url: 'https://x.example/a/', imageUrl: 'https://x.example/og/a.png' };

describe('serializeJsonLd', () => {
  it('cannot be closed early by text that contains </script>', () => {
    const json = serializeJsonLd({ '@type': 'Thing', name: 'a </script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).name).toBe('a </script><script>alert(1)</script>');
  });
});

describe('newsArticle', () => {
  it('carries headline, both dates, publisher and image', () => {
    const data = newsArticle({
      ...page,
      headline: 'H',
      datePublished: '2023-09-12',
      dateModified: '2023-09-13',
      publisher,
    });
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'H',
      datePublished: '2023-09-12',
      dateModified: '2023-09-13',
      image: ['https://x.example/og/a.png'],
      publisher: { '@type': 'Organization', name: 'Pub' },
    });
  });

  it('is built for an article from its path and the configured site', () => {
    const data = articleStructuredData({
      title: 'T',
      description: 'D',
      path: '/articles/t/',
      published: '2023-09-12',
      modified: '2023-09-12',
      site: new URL('https://news.example/'),
    });
    expect(data['url']).toBe('https://news.example/articles/t/');
    expect(data['image']).toEqual(['https://news.example/og/articles/t.png']);
  });
});

describe('tripEvent', () => {
  it('keeps partial dates and leaves out an unknown end', () => {
    const destination = { name: 'Vladivostok', latitude: 43.1, longitude: 131.9 };
    const data = tripEvent({ ...page, name: 'Trip', startDate: '2019-04', traveller: 'Kim Jong Un', destination });
    expect(data['startDate']).toBe('2019-04');
    expect(data).not.toHaveProperty('endDate');
    expect(data['location']).toMatchObject({ '@type': 'Place', name: 'Vladivostok' });
  });
});

describe('defaultStructuredData', () => {
  const base = { title: 'T', description: 'D', siteUrl: 'https://x.example/', tagline: 'Tag' };

  it('describes the home page as the WebSite, with a search action', () => {
    const data = [defaultStructuredData({ ...base, path: '/' })].flat();
    expect(data.map((item) => item['@type'])).toContain('WebSite');
  });

  it('describes the sources page as a collection and other pages as web pages', () => {
    expect(defaultStructuredData({ ...base, path: '/sources/' })).toMatchObject({ '@type': 'CollectionPage' });
    expect(defaultStructuredData({ ...base, path: '/somewhere/' })).toMatchObject({ '@type': 'WebPage' });
  });
});

describe('searchKind', () => {
  it('names a result by the part of the site it is in', () => {
    const kinds = { '/articles/a/': 'Section', '/trips/t/': 'Trip', '/': 'Overview', '/trips/': 'Timeline' };
    for (const [path, kind] of Object.entries(kinds)) expect(searchKind(path), path).toBe(kind);
  });
});
