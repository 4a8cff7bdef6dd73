/**
 * The code a newsroom pastes to embed a map, timeline or trip: the iframe, and the few
 * lines of this site's own public/embed-resize.js that fit the frame to the embed's height
 * (see resizeMessages.ts). The embed fills the frame's height, so a host that strips the
 * script, or sandboxes the frame, still shows all of it without a scrollbar.
 */
export interface EmbedSnippetInput {
  url: string;
  title: string;
  /** The frame's height, which the embed's layout fills. */
  height: number;
}

/** Where the resize script lives on the site, beside the embeds. */
export const EMBED_RESIZE_SCRIPT_PATH = '/embed-resize.js';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet(input: EmbedSnippetInput): string {
  const scriptUrl = new URL(EMBED_RESIZE_SCRIPT_PATH, input.url).href;
  const height = Math.round(input.height);
  // The height attribute as well as the style: a CMS that drops style attributes keeps it.
  return (
    `<iframe src="${escapeAttribute(input.url)}" title="${escapeAttribute(input.title)}" ` +
    `width="100%" height="${height}" loading="lazy" ` +
    `style="border:0;width:100%;height:${height}px"></iframe>\n` +
    `<script src="${escapeAttribute(scriptUrl)}" async></script>`
  );
}
