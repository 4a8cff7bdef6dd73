/**
 * Runs the Nu HTML Checker (npm vnu-jar) once over a folder of built pages: one Java
 * process for the whole site, since starting the JVM costs more than checking a page.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Messages that are not problems in the pages themselves. Each entry says why it is
 * excluded; anything not listed here fails the check.
 */
export const EXCLUDED_ERRORS: { pattern: RegExp; extract?: RegExp; why: string }[] = [
  // The styles are inlined into each page (astro.config.mjs), so vnu checks them too, with a
  // CSS grammar older than container queries (CSS Containment Level 3, in every current
  // browser since 2023). The map uses them to pick the drawing that fits its width.
  {
    pattern: /^CSS: “container-type”: Property “container-type” doesn't exist\.$/,
    why: "vnu's CSS checker predates container queries",
  },
  { pattern: /^CSS: Unrecognized at-rule “@container”\.?$/, why: "vnu's CSS checker predates container queries" },
  // Container query units (cqw, cqh: the same Level 3) size an embed's map to its frame.
  // Only a parse error whose quoted code holds such a unit is excused.
  {
    pattern: /^CSS: “[-\w]+”: Parse Error\.$/,
    extract: /\d(?:cqw|cqh|cqi|cqb|cqmin|cqmax)\b/,
    why: "vnu's CSS checker predates container query units",
  },
];

export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
}

export function javaPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['JAVA'] || (env['JAVA_HOME'] ? join(env['JAVA_HOME'], 'bin', 'java') : '/usr/bin/java');
}

export function runNuHtmlChecker(folder: string): NuMessage[] {
  const result = spawnSync(javaPath(), ['-jar', vnuJarPath(), '--format', 'json', '--skip-non-html', folder], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Could not start Java for the Nu HTML Checker: ${result.error.message}`);
  // vnu writes its JSON report to stderr and exits 1 when it finds errors.
  const report = result.stderr.trim() || result.stdout.trim();
  try {
    return (JSON.parse(report) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu HTML Checker gave no JSON report:\n${report.slice(0, 2000)}`);
  }
}

/** The messages that make a page invalid: errors, less the justified exclusions. */
export function htmlErrors(messages: NuMessage[]): NuMessage[] {
  return messages.filter(
    (message) =>
      message.type !== 'info' &&
      !EXCLUDED_ERRORS.some(
        (excluded) =>
          excluded.pattern.test(message.message) &&
          (excluded.extract === undefined || excluded.extract.test(message.extract ?? '')),
      ),
  );
}

export function describeNuMessage(message: NuMessage, root: string): string {
  const file = (message.url ?? '').replace(/^file:/, '').replace(root, '/');
  return `${file}:${message.lastLine ?? '?'} ${message.message}${message.extract ? ` — ${message.extract.trim()}` : ''}`;
}
