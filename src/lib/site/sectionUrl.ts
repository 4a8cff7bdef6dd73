/**
 * The full address of a section of a page, for the "link to this section" control:
 * the page's address with any existing fragment replaced by the section's id.
 */
export function sectionUrl(pageHref: string, sectionId: string): string {
  const url = new URL(pageHref);
  url.hash = encodeURIComponent(sectionId);
  return url.href;
}
