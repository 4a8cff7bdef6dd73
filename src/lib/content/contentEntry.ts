/** A content file as the validator holds it while checking. */
import type { CollectionSpec } from './contentCollections.ts';
import type { MdxArticle } from './mdxArticle.ts';

export interface ContentEntry {
  spec: CollectionSpec;
  /** Path relative to the project root. */
  file: string;
  /** Path inside the collection folder, without the extension: "ussuriysk". */
  fileId: string;
  /** The fields as written, before the schema ran. */
  raw: Record<string, unknown>;
  /** The fields after the schema, or undefined when the schema found a problem. */
  data: Record<string, unknown> | undefined;
  /** For MDX: the whole file, so line numbers match what the editor sees. */
  text?: string;
  /** For MDX: the text after the block of fields, which the page renders. */
  body?: string;
  /** For MDX: the syntax tree's findings, read once for the checks and for the page's notes. */
  mdx?: MdxArticle;
}

/** The id other files use for the entry, or undefined when the file does not give one. */
export function entryId(entry: ContentEntry): string | undefined {
  if (entry.spec.idFrom === 'file name') return entry.fileId;
  const value = entry.raw[entry.spec.idFrom.field];
  return typeof value === 'string' ? value : undefined;
}
