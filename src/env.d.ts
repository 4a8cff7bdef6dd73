/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Numbers the citations of the article being rendered; set by the article page. */
    citations?: import('./lib/citations/citationRegistry.ts').CitationRegistry;
  }
}
