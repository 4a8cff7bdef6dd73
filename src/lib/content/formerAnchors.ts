/**
 * Anchors a page used to have (a reworded heading's old id, a correction box that moved to
 * /corrections/), each kept as an empty target beside the id it now leads to, so a link a
 * journalist made still lands on the same section, with or without JavaScript.
 */

/** Old anchors grouped by the id they lead to, refusing a target the page does not render. */
export function formerAnchorsByTarget(
  formerAnchors: Readonly<Record<string, string>>,
  renderedIds: ReadonlySet<string>,
  file: string,
): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const [old, target] of Object.entries(formerAnchors)) {
    if (!renderedIds.has(target)) {
      throw new Error(
        `${file}: formerAnchors.${old} leads to "${target}", which is not an id on the page. Write the id of one of its section headings (${[...renderedIds].join(', ')}).`,
      );
    }
    if (renderedIds.has(old)) {
      throw new Error(`${file}: formerAnchors.${old} is still an id on the page; remove it from formerAnchors.`);
    }
    byTarget.set(target, [...(byTarget.get(target) ?? []), old]);
  }
  return byTarget;
}
