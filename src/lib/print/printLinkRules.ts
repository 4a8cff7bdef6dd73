/**
 * Print rules that write each link's address after its text. CSS cannot turn a relative
 * href into an absolute one, so the site's own origin is written into the rule at build
 * time; links to other hosts already carry theirs.
 */
function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

export function printLinkRules(siteUrl: string): string {
  const origin = siteUrl.replace(/\/+$/, '');
  return [
    '@media print {',
    `  main a[href^="/"]::after { content: " (" ${cssString(origin)} attr(href) ")"; }`,
    '  main a[href^="http"]::after { content: " (" attr(href) ")"; }',
    '  main a::after { font-size: 0.85em; word-break: break-all; }',
    '}',
    '',
  ].join('\n');
}
