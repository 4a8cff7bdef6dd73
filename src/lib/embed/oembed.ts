/**
 * An embed's oEmbed document (https://oembed.com/, type "rich"): what a CMS reads to embed
 * one of the site's views from its address. The html is the very code the embed control
 * offers, so a CMS and a journalist paste the same thing.
 */
import type { EmbedPage } from './embedPages.ts';
import { embedSnippet } from './embedSnippet.ts';

export interface OembedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  /** The width the layout is designed for; the code itself fills its column. */
  width: number;
  height: number;
}

/** The width the oEmbed document names: the embeds fill any column, this is a desktop's. */
export const OEMBED_WIDTH = 800;

export function oembedDocument(embed: EmbedPage, site: { url: URL; name: string }): OembedRich {
  return {
    type: 'rich',
    version: '1.0',
    title: embed.title,
    provider_name: site.name,
    provider_url: new URL('/', site.url).href,
    html: embedSnippet({ url: new URL(embed.path, site.url).href, title: embed.title, height: embed.height }),
    width: OEMBED_WIDTH,
    height: embed.height,
  };
}
