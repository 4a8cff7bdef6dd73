/**
 * Which content files an editor has added or changed since the last commit: when two files
 * claim one id, the problem is reported on the one being written, not on the published page
 * whose address readers already use. Outside a git checkout (a copy, an archive) nothing is
 * known to be new, and the file that sorts later is the one blamed.
 */
import { spawnSync } from 'node:child_process';

function gitLines(root: string, args: string[]): string[] {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) return [];
  return result.stdout.split('\n').filter((line) => line !== '');
}

/** Paths relative to the project root ("content/trips/x.yaml") of new or changed files under content/. */
export function changedContentFiles(root: string): Set<string> {
  // --relative keeps paths relative to the project folder, wherever the repository's top is.
  const changed = gitLines(root, ['diff', '--name-only', '--relative', 'HEAD', '--', 'content']);
  const added = gitLines(root, ['ls-files', '--others', '--exclude-standard', '--', 'content']);
  return new Set([...changed, ...added]);
}
