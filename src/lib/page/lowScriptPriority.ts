/**
 * Asks the browser to fetch a page's external module scripts at low priority.
 *
 * Every page is complete without its script: the map, the timeline, the day-by-day story
 * and the copy buttons all start as a drawing, a list, a table or a link, and the script
 * only upgrades them. A module script already runs after the page is parsed, but Chromium
 * fetches it at high priority, beside the page itself; on a slow phone that request sits on
 * the path to the first paint, and Lighthouse counts it there. At low priority it waits for
 * what the first paint needs. It still runs before DOMContentLoaded, as before: only the
 * order of fetching changes. Astro writes processed scripts without attributes of our own,
 * hence this pass over the built pages.
 */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

export function lowerModuleScriptPriority(html: string): string {
  return html.replace(
    MODULE_SCRIPT,
    (_tag, src: string) => `<script type="module" src="${src}" fetchpriority="low"></script>`,
  );
}
