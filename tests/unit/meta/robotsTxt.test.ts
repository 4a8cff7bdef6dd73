import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX_PATH, robotsTxt } from '../../../src/lib/meta/robotsTxt.ts';

describe('robotsTxt', () => {
  it('lets every crawler in and names the sitemap by its full address', () => {
    const text = robotsTxt('https://news.example/');
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/\S/m);
    expect(text).toMatch(new RegExp(`^Sitemap: https://news\\.example${SITEMAP_INDEX_PATH}$`, 'm'));
  });
});
