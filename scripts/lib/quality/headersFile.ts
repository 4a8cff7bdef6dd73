/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages format) and works out which
 * headers a host sends for a path: every rule whose pattern matches applies, in order;
 * the same header from two rules is joined with ", "; a `! Name` line drops the header
 * set by earlier rules. This follows Cloudflare Pages, where a header meant for one folder
 * can leak into another by that joining; other hosts let the later rule win instead, so
 * a file meant for any host sets no header twice for one path (overlappingHeaders).
 */
export interface HeaderRule {
  pattern: string;
  headers: { name: string; value: string }[];
  detached: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, rawLine] of text.split('\n').entries()) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const indented = /^\s/.test(rawLine);
    if (!indented) {
      if (!line.startsWith('/') && !line.startsWith('https://')) {
        throw new Error(`line ${index + 1}: a rule starts with a path, found "${line}"`);
      }
      rules.push({ pattern: line, headers: [], detached: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`line ${index + 1}: a header comes before any path`);
    if (line.startsWith('!')) {
      rule.detached.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || line.slice(colon + 1).trim() === '') {
      throw new Error(`line ${index + 1}: expected "Name: value", found "${line}"`);
    }
    rule.headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return rules;
}

/** `*` matches anything, slashes included; `:name` matches one path segment. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers sent for a path, by lower-case name. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((candidate) => patternMatches(candidate.pattern, path))) {
    for (const name of rule.detached) headers.delete(name);
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      const existing = headers.get(key);
      headers.set(key, existing === undefined ? value : `${existing}, ${value}`);
    }
  }
  return headers;
}

/** Headers that more than one rule sets for a path, which hosts resolve differently. */
export function overlappingHeaders(rules: HeaderRule[], path: string): string[] {
  const setBy = new Map<string, number>();
  for (const rule of rules.filter((candidate) => patternMatches(candidate.pattern, path))) {
    for (const name of new Set(rule.headers.map((header) => header.name.toLowerCase()))) {
      setBy.set(name, (setBy.get(name) ?? 0) + 1);
    }
  }
  return [...setBy].filter(([, count]) => count > 1).map(([name]) => name);
}
