import { describe, expect, it } from 'vitest';
import { PARKED_MODULE, parkModuleScripts } from '../../../src/lib/page/parkedModules.ts';

const LOADER = `<script type="module">document.querySelectorAll(\`script[${PARKED_MODULE}]\`)</script>`;

describe('parkModuleScripts', () => {
  it('turns an external module script, as Astro writes it, into a data block holding its address', () => {
    const html = `<p>x</p><script type="module" src="/_astro/trip-elements.D-nUEXTk.js"></script>${LOADER}`;
    expect(parkModuleScripts(html)).toBe(
      `<p>x</p><script type="application/json" ${PARKED_MODULE}>"/_astro/trip-elements.D-nUEXTk.js"</script>${LOADER}`,
    );
  });

  it('leaves inline scripts and JSON-LD alone', () => {
    const html = [
      '<script type="module">customElements.define(`x-y`, class extends HTMLElement {});</script>',
      '<script type="application/ld+json">{}</script>',
    ].join('');
    expect(parkModuleScripts(html)).toBe(html);
  });

  it('parks every one of them on a page', () => {
    const html = `<script type="module" src="/a.js"></script><script type="module" src="/b.js"></script>${LOADER}`;
    expect(parkModuleScripts(html).match(new RegExp(PARKED_MODULE, 'g'))).toHaveLength(3);
    expect(parkModuleScripts(html)).not.toContain('src=');
  });

  it('refuses a page whose script nothing would start, naming the page and the script', () => {
    const html = '<script type="module" src="/_astro/a.js"></script>';
    expect(() => parkModuleScripts(html, 'trips/x/index.html')).toThrow(
      /trips\/x\/index\.html has a module script \(\/_astro\/a\.js\) but no after-first-paint loader/,
    );
  });
});

describe('parkModuleScripts, on a tag it cannot park', () => {
  it('stops the build rather than leave a script on the path to the first paint', () => {
    const html = `<script type="module" src="/_astro/a.js" crossorigin></script>${LOADER}`;
    expect(() => parkModuleScripts(html, 'index.html')).toThrow(
      /index\.html has a script the build could not park: <script type="module" src="\/_astro\/a\.js" crossorigin>/,
    );
  });
});
