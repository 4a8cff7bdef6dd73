/**
 * Reading Content Security Policies: the `<meta http-equiv>` tag Astro writes into each
 * page and the header in public/_headers, as directive → sources.
 */
export type PolicyDirectives = Map<string, string[]>;

export function parsePolicy(policy: string): PolicyDirectives {
  const directives: PolicyDirectives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources no policy of this site may allow: they re-open the door to injected code. */
export const FORBIDDEN_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"];

export function unsafeSources(directives: PolicyDirectives): string[] {
  const found: string[] = [];
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (FORBIDDEN_SOURCES.includes(source.toLowerCase())) found.push(`${name} ${source}`);
      if (source === '*' || source === 'data:' || /^https?:$/.test(source)) {
        if (name === 'script-src' || name === 'default-src') found.push(`${name} ${source}`);
      }
    }
  }
  return found;
}

/** Every CSP the page declares in a `<meta http-equiv="content-security-policy">` tag. */
export function metaPolicies(tags: { name: string; attributes: Map<string, string> }[]): string[] {
  return tags
    .filter(
      (tag) => tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy',
    )
    .map((tag) => tag.attributes.get('content') ?? '');
}
