/**
 * Astro's glob loader, reading YAML files and MDX frontmatter with the strict reader of
 * readYaml.ts, so the site gets exactly the fields `npm run validate` checked: no implicit
 * dates (Astro reads YAML with js-yaml's default schema, where 2011-02-30 is 2 March).
 *
 * The glob loader offers no parser option; it asks the content entry type of each file for
 * its fields, through the loader context's `entryTypes`. This loader hands it entry types
 * whose `getEntryInfo` reads the fields strictly and leaves everything else (the MDX body,
 * rendering) to Astro's own.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { findFrontmatter, readYaml } from './readYaml.ts';

type GlobOptions = Parameters<typeof glob>[0];

interface EntryType {
  extensions: string[];
  getEntryInfo(params: { fileUrl: URL; contents: string }): Promise<EntryInfo> | EntryInfo;
}

interface EntryInfo {
  data: Record<string, unknown>;
  body?: string;
  slug?: string;
  rawData?: string;
}

function asFields(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Fields of a whole YAML file, or of the frontmatter of anything else. */
export function strictFields(extension: string, contents: string): Record<string, unknown> {
  if (extension === '.yaml' || extension === '.yml') return asFields(readYaml(contents));
  const frontmatter = findFrontmatter(contents);
  return frontmatter === undefined ? {} : asFields(readYaml(frontmatter.text));
}

function strictEntryType(entryType: EntryType, extension: string): EntryType {
  return {
    ...entryType,
    async getEntryInfo(params) {
      // The strict read comes first: a file it refuses never reaches Astro's own reader.
      const data = strictFields(extension, params.contents);
      const info = await entryType.getEntryInfo(params);
      return { ...info, data, ...(typeof data['slug'] === 'string' ? { slug: data['slug'] } : {}) };
    },
  };
}

export function strictGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'strict-glob-loader',
    async load(context: LoaderContext) {
      const { entryTypes } = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      if (!(entryTypes instanceof Map)) {
        throw new Error(
          'Astro no longer passes entryTypes to content loaders, so content cannot be read strictly: see src/lib/content/strictGlob.ts.',
        );
      }
      const strict = new Map([...entryTypes].map(([extension, type]) => [extension, strictEntryType(type, extension)]));
      await inner.load({ ...context, entryTypes: strict } as LoaderContext);
    },
  };
}
