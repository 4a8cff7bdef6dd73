/**
 * The code a newsroom pastes to embed a map, timeline or trip: the iframe, and the few
 * lines of this site's own public/embed-resize.js that fit the frame to the embed's height
 * (see resizeMessages.ts). The frame starts at a sensible height and may scroll, so a host
 * that strips scripts still shows all of the embed.
 */
export interface EmbedSnippetInput {
  url: string;
  title: string;
  initialHeight: number;
}

/** Where the resize script lives on the site, beside the embeds. */
export const EMBED_RESIZE_SCRIPT_PATH = '/embed-resize.js';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet(input: EmbedSnippetInput): string {
  const scriptUrl = new URL(EMBED_RESIZE_SCRIPT_PATH, input.url).href;
  return (
    `<iframe src="${escapeAttribute(input.url)}" title="${escapeAttribute(input.title)}" ` +
    `width="100%" height="${Math.round(input.initialHeight)}" loading="lazy" ` +
    `style="border:0;width:100%"></iframe>\n` +
    `<script src="${escapeAttribute(scriptUrl)}" async></script>`
  );
}
