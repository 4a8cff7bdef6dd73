/**
 * What to do about an address of the ledger that is no longer published, in the words an
 * editor needs: which file to change and what to write, by the kind of address it is.
 */
import { LEDGER_FILE, anchorOf, pageOf } from './addressLedger.ts';

const TRIP_ADDRESS =
  /^\/(?:embed\/|og\/)?trips\/([^/.#]+)(?:\/|\.png|\/day-by-day\/|\/day-by-day\.png)|^\/data\/trips\/([^/.#]+)\.geojson$/;
const ARTICLE_ADDRESS = /^\/(?:og\/)?articles\/([^/.#]+)(?:\/|\.png)/;
const STAGE_ANCHOR = /^day-(.+)$/;

export function droppedAddressAdvice(address: string): string {
  const forward = `or, if it is gone for good, write where it now leads on its line of ${LEDGER_FILE}: "${address} -> /new/address/".`;
  const page = pageOf(address);
  const anchor = anchorOf(address);
  const story = /^\/trips\/([^/]+)\/day-by-day\/$/.exec(page);
  if (story && anchor !== undefined && STAGE_ANCHOR.test(anchor)) {
    return `A stage of the day-by-day story had the id "${STAGE_ANCHOR.exec(anchor)![1]}": put that id back in content/stories/ (stage ids are addresses), ${forward}`;
  }
  const article = ARTICLE_ADDRESS.exec(page);
  if (article && anchor !== undefined) {
    return `A section of the article was reworded or removed: keep its old anchor with "formerAnchors:" in content/articles/${article[1]}.mdx ("${anchor}: <the id of the section it now is>"), ${forward}`;
  }
  if (article) {
    return `The article "${article[1]}" was renamed or removed: add "aliases: [${article[1]}]" to the article that took its place in content/articles/, ${forward}`;
  }
  const trip = TRIP_ADDRESS.exec(page);
  const slug = trip?.[1] ?? trip?.[2];
  if (slug !== undefined && anchor === undefined) {
    return `The trip "${slug}" changed its slug or was removed: add "aliases: [${slug}]" to its file in content/trips/ (the alias keeps its page, embed, data file and card), ${forward}`;
  }
  return `Put back what published it, ${forward}`;
}
