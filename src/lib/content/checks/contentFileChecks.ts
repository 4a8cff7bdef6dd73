/**
 * Every file under content/ is either read by a collection or refused by name: a trip saved
 * as .yml, an article saved as .md or a file put in content/trip/ would otherwise be left
 * out of the site without a word, and the check would still say the content is valid.
 */
import { COLLECTIONS, type CollectionSpec } from '../contentCollections.ts';
import type { ContentProblem } from '../contentProblem.ts';
import { closestMatch } from '../../text/closestMatch.ts';
import { LEDGER_FILE } from '../../site/addressLedger.ts';

/** Documents as received, kept whole in whatever form they came: the sources' quotes are checked against them. */
const KEPT_WHOLE = 'sources/originals/';

/** Extensions an editor may have meant for each format. */
const SIMILAR_EXTENSIONS: Record<CollectionSpec['format'], string[]> = {
  yaml: ['.yml', '.json', '.txt'],
  mdx: ['.md', '.markdown', '.txt', '.html'],
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

function folderList(): string {
  return COLLECTIONS.map((spec) => `content/${spec.folder}/`).join(', ');
}

/**
 * Checks the paths of every file under content/ (relative to the project root, with "/"),
 * hidden files, notes to editors (README.md) and the address ledger (read by its own check) aside.
 */
export function checkContentFiles(paths: string[], problems: ContentProblem[]): void {
  const folders = new Map(COLLECTIONS.map((spec) => [spec.folder, spec]));
  for (const file of paths) {
    const parts = file.split('/').slice(1);
    const name = parts.at(-1) ?? '';
    if (name.startsWith('.') || name === 'README.md' || file === LEDGER_FILE) continue;
    const inside = parts.slice(1).join('/');
    const spec = parts.length > 1 ? folders.get(parts[0] ?? '') : undefined;
    if (spec === undefined) {
      const meant = parts.length > 1 ? closestMatch(parts[0] ?? '', folders.keys()) : undefined;
      problems.push({
        file,
        field: '(folder)',
        found: parts.length > 1 ? `content/${parts[0]}/` : 'content/',
        expected:
          meant === undefined
            ? `A folder the site reads: move the file into one of ${folderList()}.`
            : `A folder the site reads: the file is not read where it is. Did you mean content/${meant}/? Move it there.`,
      });
      continue;
    }
    if (`${spec.folder}/${inside}`.startsWith(KEPT_WHOLE)) continue;
    const wanted = spec.format === 'yaml' ? '.yaml' : '.mdx';
    const extension = extensionOf(name);
    if (extension === wanted) continue;
    const renamed = `content/${spec.folder}/${inside.slice(0, inside.length - extension.length)}${wanted}`;
    const similar = SIMILAR_EXTENSIONS[spec.format].includes(extension.toLowerCase());
    problems.push({
      file,
      field: '(file name)',
      found: name,
      expected: similar
        ? `A ${wanted} file: content/${spec.folder}/ reads only ${wanted} files, so this one is left out of the site. Rename it ${renamed}.`
        : `A ${wanted} file: content/${spec.folder}/ reads only ${wanted} files. Rename it ${renamed} if it belongs to the site, or move it out of content/.`,
    });
  }
}
