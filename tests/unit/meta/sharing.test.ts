import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/lib/meta/citationText.ts';
import { embedSnippet } from '../../../src/lib/embed/embedSnippet.ts';
import { embedSizeMessage, pymChildId, pymHeightMessage } from '../../../src/lib/embed/resizeMessages.ts';
import { mapEmbed, oembedPath, timelineEmbed, tripEmbed } from '../../../src/lib/embed/embedPages.ts';
import { oembedDocument } from '../../../src/lib/embed/oembed.ts';
import { printLinkRules } from '../../../src/lib/print/printLinkRules.ts';

describe('citationText', () => {
  it('gives publisher, title, dates and address on one line', () => {
    const text = citationText({
      siteName: 'The Armored Train',
      title: 'A journey',
      url: 'https://x.example/a/',
      dates: [
        ['Published', '12 September 2023'],
        ['updated', '14 September 2023'],
      ],
    });
    expect(text).toBe(
      'The Armored Train. “A journey.” Published 12 September 2023; updated 14 September 2023. https://x.example/a/',
    );
  });

  it('does not double the full stop of a title that ends a sentence', () => {
    expect(citationText({ siteName: 'S', title: 'Why?', url: 'u', dates: [] })).toBe('S. “Why?” u');
  });
});

describe('embedSnippet', () => {
  it('is an iframe of the embed address with a title and the height its layout fills', () => {
    const snippet = embedSnippet({ url: 'https://x.example/embed/map/', title: 'Map "2023"', height: 560 });
    expect(snippet).toMatch(/^<iframe src="https:\/\/x\.example\/embed\/map\/"/);
    expect(snippet).toContain('title="Map &quot;2023&quot;"');
    expect(snippet).toContain('height="560"');
    // In the style too, where a CMS keeps styles and drops the attribute's effect by its own CSS.
    expect(snippet).toContain('height:560px');
  });

  it('brings the resize script from the same site as the embed', () => {
    const snippet = embedSnippet({ url: 'https://x.example/embed/map/', title: 'Map', height: 560 });
    expect(snippet).toMatch(/<script src="https:\/\/x\.example\/[^"]+\.js" async><\/script>$/);
  });
});

describe('resize messages', () => {
  it('speaks Pym.js: pym, child id, "height" and the height, joined by xPYMx', () => {
    expect(pymHeightMessage('story', 412.2)).toBe('pymxPYMxstoryxPYMxheightxPYMx413');
    expect(pymChildId('?initialWidth=600&childId=story')).toBe('story');
    expect(pymChildId('')).toBe('');
  });

  it('sends a plain embed-size object as well', () => {
    expect(embedSizeMessage(99.1)).toEqual({ type: 'embed-size', height: 100 });
  });
});

describe('tripEmbed', () => {
  it('points at the trip page and keeps the description short enough for a card', () => {
    const embed = tripEmbed('t', 'Title', 'x'.repeat(400));
    expect(embed.fullPagePath).toBe('/trips/t/');
    expect(embed.path).toBe('/embed/trips/t/');
    expect(embed.description.length).toBeLessThanOrEqual(160);
  });
});

describe('the map and timeline embeds', () => {
  it('take their titles from content: the route as its file names it, the trips and their years', () => {
    expect(mapEmbed({ title: 'Hamhung to Tumen by rail' }).title).toBe('Hamhung to Tumen by rail');
    const timeline = timelineEmbed({ count: 7, firstYear: '1950', lastYear: '1961' });
    expect(timeline.title).toContain('1950–1961');
    expect(timeline.fullPageLink).toContain('All 7 trips');
    expect(timelineEmbed({ count: 1, firstYear: '1950', lastYear: '1950' }).title).not.toContain('1950–');
  });
});

describe('oembedDocument', () => {
  const embed = tripEmbed('t', 'A "trip"', 'About it');
  const document = oembedDocument(embed, { url: new URL('https://x.example/'), name: 'Site' });

  it('is a rich oEmbed 1.0 response whose html is the embed code, at the height the code sets', () => {
    expect(document).toMatchObject({ type: 'rich', version: '1.0', title: 'A "trip"', provider_name: 'Site' });
    expect(document.provider_url).toBe('https://x.example/');
    expect(document.html).toBe(
      embedSnippet({ url: 'https://x.example/embed/trips/t/', title: 'A "trip"', height: embed.height }),
    );
    expect(document.height).toBe(embed.height);
    expect(Number.isInteger(document.width) && document.width > 0).toBe(true);
  });

  it('lives beside its embed', () => {
    expect(oembedPath('/embed/trips/t/')).toBe('/embed/trips/t/oembed.json');
  });
});

describe('printLinkRules', () => {
  it('writes the site origin before the address of internal links', () => {
    const css = printLinkRules('https://news.example/');
    expect(css).toContain('content: " (" "https://news.example" attr(href) ")"');
    expect(css).toContain('@media print');
  });

  it('escapes a quote so the origin cannot end the CSS string', () => {
    expect(printLinkRules('https://a"b.example')).toContain('"https://a\\"b.example"');
  });
});
