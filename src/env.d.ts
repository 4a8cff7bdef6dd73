/// <reference types="astro/client" />

/** The print rules for link addresses, built with the site's origin (src/integrations/printLinksCss.ts). */
declare module 'virtual:print-links.css';

declare namespace App {
  interface Locals {
    /** Numbers the citations of the article being rendered; set by the article page. */
    citations?: import('./lib/citations/citationRegistry.ts').CitationRegistry;
    /** Old anchors of the page being rendered, by the id each now leads to; set by the article page. */
    formerAnchors?: ReadonlyMap<string, readonly string[]>;
  }
}

// subset-font ships no types; this is the one call the Hangul font integration makes.
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' },
  ): Promise<Buffer>;
}

// The Hangul font's stylesheet (src/integrations/hangulFont.ts): its address once built.
declare module 'virtual:hangul-font.css?url' {
  const href: string;
  export default href;
}
