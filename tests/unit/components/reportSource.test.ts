/** A report on the sources pages: the publisher's own address is the link; the copy that was read is only named. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ReportSource from '../../../src/components/sources/ReportSource.astro';
import { partialDate } from '../../support/dates.ts';

/** A made-up report as the sources collection hands it over, with the fields the test sets. */
function source(fields: Record<string, unknown>) {
  return {
    id: 'test-agency-2023-09-13-summit',
    collection: 'sources',
    data: {
      title: 'Leaders meet at the cosmodrome',
      kind: 'Agency report',
      publisher: 'Test Agency',
      date: partialDate('2023-09-13'),
      description: 'A test report.',
      language: 'en',
      passages: [{ id: 'test-summit', topic: 'The leaders meet', quote: 'The two leaders met on Wednesday.' }],
      ...fields,
    },
  };
}

const backLinks = { sections: new Map(), trips: new Map() };

/** The report's markup, with each link as [text, address]. */
async function render(fields: Record<string, unknown>) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(ReportSource, { props: { source: source(fields), backLinks } });
  const times = [...html.matchAll(/<time datetime="([^"]*)"/g)].map(([, datetime]) => datetime);
  const links = [...html.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, text]) => [
    text!.trim(),
    href!,
  ]);
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { links, text, times };
}

describe('ReportSource', () => {
  it("links the publisher's own address and names the copy that was read as text only", async () => {
    const { links, text } = await render({
      url: 'https://news.example/summit',
      readAt: { name: 'The Daily Example', url: 'https://daily.example/world/summit' },
    });
    expect(links).toEqual([['https://news.example/summit', 'https://news.example/summit']]);
    expect(text).toContain('Read in a copy at The Daily Example: https://daily.example/world/summit.');
  });

  it('says no address of the publisher is on record when only a copy is known, and links nothing', async () => {
    const { links, text } = await render({
      readAt: { name: 'The Daily Example', url: 'https://daily.example/world/summit' },
    });
    expect(links).toEqual([]);
    expect(text).toContain("No address of Test Agency's own is on record.");
    expect(text).toContain('Read in a copy at The Daily Example');
  });

  it('shows its date at the precision written, as a <time>', async () => {
    const { text, times } = await render({ date: partialDate('2023-09') });
    expect(times).toEqual(['2023-09']);
    expect(text).toContain('September 2023');
  });

  it('says "date not known" when it is not, and gives no <time> to read a date from', async () => {
    const { text, times } = await render({ date: 'unknown', dateNote: 'The copy read prints no date.' });
    expect(times).toEqual([]);
    expect(text).toContain('Agency report · date not known');
    expect(text).toContain('Why the date is not known: The copy read prints no date.');
  });
});
