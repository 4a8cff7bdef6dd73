import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { feedChannelElements } from '../../../src/lib/meta/feedChannel.ts';

const parse = (elements: string) =>
  new XMLParser({ ignoreAttributes: false }).parse(
    `<channel xmlns:atom="http://www.w3.org/2005/Atom">${elements}</channel>`,
  ).channel;

describe('feedChannelElements', () => {
  const channel = parse(
    feedChannelElements({
      feedUrl: 'https://site.example/rss.xml?a=1&b=2',
      language: 'en-gb',
      itemDates: [new Date('2031-05-01T00:00:00Z'), new Date('2031-05-06T00:00:00Z'), new Date('2030-01-01T00:00:00Z')],
    }),
  );

  it('names the feed’s own address as atom:link rel="self"', () => {
    expect(channel['atom:link']).toMatchObject({
      '@_href': 'https://site.example/rss.xml?a=1&b=2',
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it('dates the channel by its newest item, in RFC 822 form', () => {
    expect(channel.lastBuildDate).toBe('Tue, 06 May 2031 00:00:00 GMT');
    expect(channel.language).toBe('en-gb');
  });

  it('leaves lastBuildDate out of a feed with no items', () => {
    expect(
      parse(feedChannelElements({ feedUrl: 'https://site.example/rss.xml', language: 'en', itemDates: [] })),
    ).not.toHaveProperty('lastBuildDate');
  });
});
