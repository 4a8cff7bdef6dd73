/**
 * The words around the list of problems, shared by `npm run validate`, the build and the
 * dev server, so an editor reads the same message wherever a problem shows up.
 */
import { formatProblems } from './contentProblem.ts';
import type { ContentCheck } from './validateContent.ts';

export function filesChecked(files: number): string {
  return `${files} content file${files === 1 ? '' : 's'} checked`;
}

/** What `npm run validate` prints. */
export function validateReport({ problems, files }: ContentCheck, seconds: string): string {
  if (problems.length === 0) return `Content is valid: ${filesChecked(files)} in ${seconds} s.`;
  return `${formatProblems(problems)}\nContent check failed in ${seconds} s. Fix the problems above, then run npm run validate again.`;
}

/** What a build that stops on content prints. */
export function buildReport({ problems, files }: ContentCheck): string {
  if (problems.length === 0) return `Content is valid: ${filesChecked(files)}.`;
  return `The content has problems; nothing was built.\n\n${formatProblems(problems)}\nFix the problems above (npm run validate checks them again in a second), then build again.`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page the dev server shows instead of the site while the content has problems. */
export function problemsPage(check: ContentCheck): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="3">
<title>The content has problems</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f5f5f0;padding:1rem}</style>
</head>
<body>
<h1>The content has problems</h1>
<p>The preview shows the site again as soon as they are fixed: this page reloads by itself.</p>
<pre>${escapeHtml(formatProblems(check.problems))}</pre>
</body>
</html>
`;
}
