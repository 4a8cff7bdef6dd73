/**
 * The route map's, the timeline's and the copy-link controls' custom elements, as one
 * script (the copy links are on timeline entries, stop rows and article headings). They share the
 * trip-select contract (src/lib/trips/tripSelectEvent.ts); as two scripts, the bundler
 * moves that into a third file that a page can only request once the first has arrived,
 * one more round trip before the page's script can run. The timeline's part is small
 * enough (about 1 kB gzip) to carry on pages that have only a map. The day-by-day story's
 * element joins them for the same reason: as a script of its own it shared the bundler's
 * loading helper with this one, which then became a second file on every page with a map.
 * The home page's forwarding of its old timeline and stop addresses rides along for the same
 * reason (a few lines).
 *
 * The map comes first: this file runs once the page is painted, when the document is already
 * complete, so the timeline announces a trip chosen by the address as soon as it is defined,
 * and the map must be listening by then.
 */
import '../map/route-map.ts';
import '../timeline/trip-timeline.ts';
import '../share/copy-section-link.ts';
import '../story/day-by-day.ts';
import './old-home-addresses.ts';
