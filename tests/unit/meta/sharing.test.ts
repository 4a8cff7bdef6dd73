import { describe, expect, it } from 'vitest';
import { citationText } from '../../../src/lib/meta/citationText.ts';
import { embedSnippet } from '../../../src/lib/embed/embedSnippet.ts';
import { embedSizeMessage, pymChildId, pymHeightMessage } from '../../../src/lib/embed/resizeMessages.ts';
import { tripEmbed } from '../../../src/lib/embed/embedPages.ts';
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
  it('is an iframe of the embed address with a title and a starting height', () => {
    const snippet = embedSnippet({ url: 'https://x.example/embed/map/', title: 'Map "2023"', initialHeight: 560 });
    expect(snippet).toMatch(/^<iframe src="https:\/\/x\.example\/embed\/map\/"/);
    expect(snippet).toContain('title="Map &quot;2023&quot;"');
    expect(snippet).toContain('height="560"');
  });

  it('brings the resize script from the same site as the embed', () => {
    const snippet = embedSnippet({ url: 'https://x.example/embed/map/', title: 'Map', initialHeight: 560 });
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
