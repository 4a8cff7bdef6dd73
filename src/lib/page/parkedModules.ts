/**
 * A page's module script, fetched only once the page has been painted.
 *
 * Every page is complete without its script: the map, the timeline, the day-by-day story
 * and the copy buttons all start as a drawing, a list, a table or a link, and the script
 * only upgrades them. Yet a module script in the HTML is requested while the page is still
 * being read, and on a slow phone that request sits beside the ones the first paint needs:
 * Lighthouse counts every request started before the largest paint on its path, so the
 * script alone added a round trip to the headline's paint on about half the runs. Even at
 * fetchpriority="low", Chromium sometimes started it first.
 *
 * So the build parks each external module script Astro writes: the tag becomes a JSON data
 * block holding its address, which the browser neither fetches nor runs (and the CSP does
 * not govern). The page's after-first-paint loader (src/components/site/AfterFirstPaint.astro)
 * puts the real tag back once the page is painted. A parked script on a page without that
 * loader would never run, so the build refuses such a page.
 */

/** The attribute that marks a parked script; the loader's code names it too. */
export const PARKED_MODULE = 'data-module-after-first-paint';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** Parks every external module script of a built page; `page` names it in an error. */
export function parkModuleScripts(html: string, page = 'a page'): string {
  const parked = html.replace(
    MODULE_SCRIPT,
    (_tag, src: string) => `<script type="application/json" ${PARKED_MODULE}>${JSON.stringify(src)}</script>`,
  );
  // Astro writing the tag another way (another attribute, another order) must not go unnoticed.
  const left = /<script\b(?![^>]*\btype="application\/json")[^>]*\bsrc=[^>]*>/.exec(parked);
  if (left) throw new Error(`${page} has a script the build could not park: ${left[0]}`);
  if (parked === html) return html;
  // Before parking, only the loader's own code can contain the attribute's name.
  if (!html.includes(PARKED_MODULE)) {
    throw new Error(
      `${page} has a module script (${MODULE_SCRIPT.exec(html)?.[1] ?? ''}) but no after-first-paint loader to ` +
        'start it once parked: render src/components/site/AfterFirstPaint.astro from the component whose script it is.',
    );
  }
  return parked;
}

/** In the browser: turns every parked script of the page back into a module script. */
export function startParkedModules(doc: Document): void {
  for (const parked of doc.querySelectorAll<HTMLScriptElement>(`script[${PARKED_MODULE}]`)) {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = JSON.parse(parked.text) as string;
    parked.replaceWith(script);
  }
}
