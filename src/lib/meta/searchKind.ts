/** What a search result is, shown above its title: read from the page's address. */
const KINDS: [prefix: string, kind: string][] = [
  ['/articles/', 'Section'],
  ['/trips/', 'Trip'],
  ['/sources/', 'Sources'],
];

export function searchKind(path: string): string {
  if (path === '/') return 'Overview';
  if (path === '/trips/') return 'Timeline';
  return KINDS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'Page';
}
