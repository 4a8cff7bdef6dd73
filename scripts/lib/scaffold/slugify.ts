/**
 * Turns a title into the lower-case, hyphenated form used for file names and addresses:
 * "Kim Jong Un by train to Hanoi" becomes "kim-jong-un-by-train-to-hanoi".
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
