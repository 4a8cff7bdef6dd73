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
import { YamlSyntaxError, findFrontmatter, readYaml } from './readYaml.ts';

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

/** Fields of files the strict reader refused: such an entry is neither validated nor stored. */
const unreadable = new WeakSet<object>();

function strictEntryType(entryType: EntryType, extension: string): EntryType {
  return {
    ...entryType,
    async getEntryInfo(params) {
      let data: Record<string, unknown>;
      try {
        data = strictFields(extension, params.contents);
      } catch (error) {
        // The content check has already reported the file, in plain words (the build stops
        // before loading anything). In `astro dev` the loader must not stop the preview on it:
        // the entry is left out, and the preview shows the check's report until it is fixed.
        if (!(error instanceof YamlSyntaxError)) throw error;
        const nothing = {};
        unreadable.add(nothing);
        return { data: nothing, body: '' };
      }
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
      const parseData: LoaderContext['parseData'] = async (props) =>
        unreadable.has(props.data) ? props.data : context.parseData(props);
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              if (!unreadable.has(entry.data)) return target.set(entry);
              target.delete(entry.id);
              return false;
            };
          }
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      await inner.load({ ...context, entryTypes: strict, parseData, store } as LoaderContext);
    },
  };
}
