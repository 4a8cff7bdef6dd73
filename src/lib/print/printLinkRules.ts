/**
 * Print rules that write each link's address after its text. CSS cannot turn a relative
 * href into an absolute one, so the site's own origin is written into the rule at build
 * time; links to other hosts already carry theirs. The #main id outranks the relative-href
 * rule in global.css.
 */
function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

export function printLinkRules(siteUrl: string): string {
  const origin = siteUrl.replace(/\/+$/, '');
  return [
    '@media print {',
    `  main#main a[href^="/"]::after { content: " (" ${cssString(origin)} attr(href) ")"; }`,
    '  main#main a[href^="http"]::after { content: " (" attr(href) ")"; }',
    '  main#main a[href^="/"]::after, main#main a[href^="http"]::after { font-size: 0.85em; word-break: break-all; }',
    '}',
    '',
  ].join('\n');
}
