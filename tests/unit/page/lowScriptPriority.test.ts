import { describe, expect, it } from 'vitest';
import { lowerModuleScriptPriority } from '../../../src/lib/page/lowScriptPriority.ts';

describe('lowerModuleScriptPriority', () => {
  it('marks an external module script, as Astro writes it, low priority', () => {
    const html = '<p>x</p><script type="module" src="/_astro/trip-elements.D-nUEXTk.js"></script></div>';
    expect(lowerModuleScriptPriority(html)).toBe(
      '<p>x</p><script type="module" src="/_astro/trip-elements.D-nUEXTk.js" fetchpriority="low"></script></div>',
    );
  });

  it('leaves inline scripts, JSON-LD and scripts already given attributes alone', () => {
    const html = [
      '<script type="module">customElements.define(`x-y`, class extends HTMLElement {});</script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="module" src="/a.js" async></script>',
    ].join('');
    expect(lowerModuleScriptPriority(html)).toBe(html);
  });

  it('marks every one of them on a page', () => {
    const html = '<script type="module" src="/a.js"></script><script type="module" src="/b.js"></script>';
    expect(lowerModuleScriptPriority(html).match(/fetchpriority="low"/g)).toHaveLength(2);
  });
});
