import { describe, expect, it } from 'vitest';
import { ownWordsText, pageText } from '../../../../scripts/lib/text/pageText.ts';

const PAGE = `<!doctype html><html><head><title>Head title</title><style>p{}</style></head><body>
<p>Kim&#39;s train &amp; its <q>leisurely pace</q>.</p><script>var hidden = 1;</script>
<blockquote><p>A quoted passage.</p></blockquote><p>By <cite>A Document Title</cite>.</p></body></html>`;

describe('pageText', () => {
  it('keeps the body text, decodes entities and drops scripts and styles', () => {
    expect(pageText(PAGE)).toBe("Kim's train & its leisurely pace . A quoted passage. By A Document Title .");
  });

  it('sets marked quotations and cited titles aside for the own-words check', () => {
    expect(ownWordsText(PAGE)).toBe("Kim's train & its . By .");
  });
});
