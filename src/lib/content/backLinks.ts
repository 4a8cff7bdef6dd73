/** Links from a cited passage back to the pages that cite it, each listed once. */
export interface BackLink {
  href: string;
  label: string;
}

export function addBackLink(links: Map<string, BackLink[]>, passageId: string, link: BackLink): void {
  const list = links.get(passageId) ?? [];
  if (!list.some((existing) => existing.href === link.href)) list.push(link);
  links.set(passageId, list);
}
