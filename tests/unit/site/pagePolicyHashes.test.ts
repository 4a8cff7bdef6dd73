import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPagePolicy } from '../../../src/lib/security/pagePolicyHashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function page(policy: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
}

function policyOf(html: string): string {
  return /content="([^"]*)"/.exec(html)?.[1] ?? '';
}

describe('narrowPagePolicy', () => {
  const style = 'body{color:red}';
  const script = 'console.log(1)';
  const elsewhere = 'document.title="another page"';
  const policy = `script-src 'self' ${hash(script)} ${hash(elsewhere)}; style-src 'self' ${hash(style)} ${hash('p{}')};`;

  it("keeps the hashes of the page's own inline script and style, and drops the others", () => {
    const html = page(policy, `<style>${style}</style><script type="module">${script}</script>`);
    const narrowed = policyOf(narrowPagePolicy(html));
    expect(narrowed).toContain(hash(script));
    expect(narrowed).toContain(hash(style));
    expect(narrowed).not.toContain(hash(elsewhere));
    expect(narrowed).not.toContain(hash('p{}'));
  });

  it('keeps every other source and directive as Astro wrote them', () => {
    const html = page(policy, `<style>${style}</style>`);
    const narrowed = policyOf(narrowPagePolicy(html));
    expect(narrowed.startsWith("script-src 'self'")).toBe(true);
    expect(narrowed).toContain("; style-src 'self' ");
    expect(narrowed.endsWith(';')).toBe(true);
  });

  it('never adds a hash for an inline script the policy did not allow', () => {
    const html = page(policy, `<script>alert("injected")</script>`);
    expect(policyOf(narrowPagePolicy(html))).not.toContain(hash('alert("injected")'));
  });

  it('ignores the empty body of an external script', () => {
    const html = page(`script-src 'self' ${hash('')}`, `<script type="module" src="/a.js"></script>`);
    expect(policyOf(narrowPagePolicy(html))).toBe("script-src 'self'");
  });

  it('changes nothing else in the page, and leaves a page without a policy alone', () => {
    const html = page(policy, `<style>${style}</style>`);
    const narrowed = narrowPagePolicy(html);
    expect(narrowed.replace(policyOf(narrowed), '')).toBe(html.replace(policyOf(html), ''));
    const plain = '<!DOCTYPE html><html><head><style>p{}</style></head></html>';
    expect(narrowPagePolicy(plain)).toBe(plain);
  });
});
