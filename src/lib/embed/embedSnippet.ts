/**
 * The iframe code a newsroom pastes to embed a map, timeline or trip. The frame starts at
 * a sensible height; the embed then reports its real height (see resizeMessages.ts).
 */
export interface EmbedSnippetInput {
  url: string;
  title: string;
  initialHeight: number;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet(input: EmbedSnippetInput): string {
  return (
    `<iframe src="${escapeAttribute(input.url)}" title="${escapeAttribute(input.title)}" ` +
    `width="100%" height="${Math.round(input.initialHeight)}" scrolling="no" loading="lazy" ` +
    `style="border:0;width:100%"></iframe>`
  );
}
