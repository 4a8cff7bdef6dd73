/**
 * Reads and checks everything under content/ the way an editor needs it checked: each
 * problem names the file, the field, the value found and what is expected. What it reads
 * (each file's fields after the schema, an article's text) is what the site's collections
 * are loaded from (contentLoader.ts), through the memoised readContent.ts, which is also
 * what `npm run validate` and the dev preview's check call. It reads the files directly,
 * without Astro, so it is fast and an unknown reference stops the build instead of being
 * logged and ignored.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { YamlSyntaxError, findFrontmatter, readYaml } from './readYaml.ts';
import { COLLECTIONS, type CollectionSpec } from './contentCollections.ts';
import type { ContentEntry } from './contentEntry.ts';
import { readMdxArticle } from './mdxArticle.ts';
import type { ContentProblem } from './contentProblem.ts';
import { checkFields } from './checks/fieldChecks.ts';
import { checkReferences, indexIds } from './checks/idChecks.ts';
import { checkPastDates, checkReportingDate } from './checks/dateChecks.ts';
import { checkSourceOriginal } from './checks/sourceChecks.ts';
import { checkArticleBody } from './checks/articleBodyChecks.ts';
import { checkRouteLengths, checkRoutes } from './checks/routeChecks.ts';
import { checkStories } from './checks/storyChecks.ts';
import { checkCorrection, passageKinds } from './checks/correctionChecks.ts';
import { checkContentFiles } from './checks/contentFileChecks.ts';
import { checkPastedQuotes } from './checks/pastedQuoteChecks.ts';
import { checkPlaceCountries, type PlacePosition } from './checks/placeCountryChecks.ts';
import { checkTripDates, type TripDates } from './checks/tripDateChecks.ts';
import { changedContentFiles } from './changedFiles.ts';
import { checkAddresses } from './checks/addressChecks.ts';
import type { PlaceData, RouteData, SourceData, StoryData } from './schemas.ts';
import type { PlaceForMap } from '../geo/routeGeometry.ts';

export { formatProblems, type ContentProblem } from './contentProblem.ts';

export interface ValidateOptions {
  /** Project root; file paths in problems are relative to it. */
  root: string;
  /** The content folder, normally <root>/content. */
  contentDir?: string;
  /** "Today" for the future-date check; injectable so tests do not depend on the clock. */
  today?: Date;
}

/** Every file under dir, relative to it, with "/" between folders. */
async function listAllFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
  } catch {
    return [];
  }
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  return (await listAllFiles(dir)).filter((name) => name.endsWith(extension));
}

/** A byte-order mark, which some editors on Windows put at the start of a file they save. */
const BYTE_ORDER_MARK = /^\uFEFF/;

const NO_FIELDS =
  'A file with fields: this one has no fields at all. Fill it in (npm run new writes one with every field in place), or delete it.';

const YAML_HINT =
  '"field: value" on each line, lists with "- ", and text that contains a colon, a # or an apostrophe inside double quotes.';

const CURLY_QUOTES = /[“”‘]/;
const CURLY_HINT =
  'The line has curly quotes “…”, which YAML does not read as quotes (a word processor puts them in): put the text in straight double quotes "…" instead.';

const YAML_UNREADABLE = Symbol('unreadable YAML');

/** Parses YAML; a mistake is reported at its line, counted from the top of the file. */
function parseYaml(text: string, firstLine: number, file: string, problems: ContentProblem[]): unknown {
  try {
    return readYaml(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const line = error.line === undefined ? undefined : error.line + firstLine - 1;
    const lines = text.split('\n');
    const near = error.line === undefined ? [] : lines.slice(Math.max(0, error.line - 2), error.line);
    // js-yaml names the symptom (often "bad indentation"), never quotes it cannot read as quotes.
    const curly = near.some((nearLine) => CURLY_QUOTES.test(nearLine)) ? ` ${CURLY_HINT}` : '';
    problems.push({
      file,
      field: line === undefined ? '(file)' : `(fields) line ${line}`,
      found: error.line === undefined ? '(the whole file)' : (lines[error.line - 1] ?? '').trim(),
      expected: `Valid YAML (the reader says: ${error.reason}):${curly} ${YAML_HINT}`,
      unreadable: true,
    });
    return YAML_UNREADABLE;
  }
}

/** The block of fields of a file: the whole file for YAML, the frontmatter for MDX. */
function fieldsText(
  spec: CollectionSpec,
  text: string,
  file: string,
  problems: ContentProblem[],
): { text: string; firstLine: number; end: number } | undefined {
  if (spec.format === 'yaml') return { text, firstLine: 1, end: text.length };
  const frontmatter = findFrontmatter(text);
  if (frontmatter !== undefined) return frontmatter;
  problems.push({
    file,
    field: '(frontmatter)',
    found: text.slice(0, 40),
    expected: 'The file must start with a --- block of fields, closed by another ---.',
    unreadable: true,
  });
  return undefined;
}

async function loadCollection(
  root: string,
  contentDir: string,
  spec: CollectionSpec,
  problems: ContentProblem[],
): Promise<{ entries: ContentEntry[]; read: number }> {
  const dir = join(contentDir, spec.folder);
  const extension = spec.format === 'yaml' ? '.yaml' : '.mdx';
  const entries: ContentEntry[] = [];
  const names = await listFiles(dir, extension);
  for (const name of names) {
    const file = relative(root, join(dir, name)).split(sep).join('/');
    const text = (await readFile(join(dir, name), 'utf8')).replace(BYTE_ORDER_MARK, '');
    const fields = fieldsText(spec, text, file, problems);
    if (fields === undefined) continue;
    const raw = parseYaml(fields.text, fields.firstLine, file, problems);
    if (raw === YAML_UNREADABLE) continue;
    if (raw === undefined || raw === null) {
      // Empty, or comments only: the site would get an entry without a single field.
      problems.push({ file, field: '(file)', found: fields.text.trim(), expected: NO_FIELDS, unreadable: true });
      continue;
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({
        file,
        field: '(file)',
        found: raw,
        expected: 'A list of fields ("title: …", "leader: …").',
        unreadable: true,
      });
      continue;
    }
    const record = raw as Record<string, unknown>;
    entries.push({
      spec,
      file,
      fileId: name.slice(0, -extension.length),
      raw: record,
      data: checkFields(spec.schema, record, file, problems),
      ...(spec.format === 'mdx' ? { text, body: text.slice(fields.end).trim(), mdx: readMdxArticle(text) } : {}),
    });
  }
  return { entries, read: names.length };
}

export interface ContentCheck {
  problems: ContentProblem[];
  /** How many content files were read. */
  files: number;
}

export interface ContentRead extends ContentCheck {
  /** Every file that could be read, with its fields after the schema (undefined when they broke it). */
  entries: ContentEntry[];
}

/** The problems alone, for the checks' tests. */
export async function validateContent(options: ValidateOptions): Promise<ContentProblem[]> {
  return (await checkContent(options)).problems;
}

export async function checkContent(options: ValidateOptions): Promise<ContentRead> {
  const root = options.root;
  const contentDir = options.contentDir ?? join(root, 'content');
  const today = options.today ?? new Date();
  const problems: ContentProblem[] = [];

  const everyFile = (await listAllFiles(contentDir)).map((name) =>
    relative(root, join(contentDir, name)).split(sep).join('/'),
  );
  checkContentFiles(everyFile, problems);
  const loaded = await Promise.all(COLLECTIONS.map((spec) => loadCollection(root, contentDir, spec, problems)));
  const entries = loaded.flatMap((collection) => collection.entries);
  const files = loaded.reduce((count, collection) => count + collection.read, 0);
  // A file that cannot be read hides its ids, so every reference to them would be reported
  // too: the editor sees the file to fix first, alone, and the rest once it reads.
  if (problems.some((problem) => problem.unreadable)) {
    return { problems: problems.filter((problem) => problem.unreadable), files, entries };
  }
  // The files as published claim their ids first, so a duplicate is reported on the file being written.
  const changed = changedContentFiles(root);
  const settledFirst = [
    ...entries.filter((entry) => !changed.has(entry.file)),
    ...entries.filter((entry) => changed.has(entry.file)),
  ];
  const index = indexIds(settledFirst, problems);
  const sources = new Map(
    entries.filter((entry) => entry.spec.name === 'sources').map((entry) => [entry.fileId, entry] as const),
  );

  const kinds = passageKinds([...sources.values()]);
  for (const entry of entries) {
    checkPastedQuotes(entry.raw, entry.file, problems);
    checkReferences(entry, index, problems);
    if (entry.spec.name === 'corrections') checkCorrection(entry, kinds, problems);
    checkPastDates(entry, today, problems);
    if (entry.spec.name === 'trips' && entry.data !== undefined) {
      checkTripDates(entry.data as unknown as TripDates, entry.file, problems);
    }
    if (entry.spec.name === 'sources') {
      await checkSourceOriginal(entry, join(contentDir, 'sources', 'originals'), problems);
    }
    if (entry.spec.format === 'mdx') {
      await checkArticleBody(entry, index, root, problems);
      checkReportingDate(entry, sources, problems);
    }
  }

  const passageQuotes = new Map(
    [...sources.values()].flatMap(
      (source) => (source.data as SourceData | undefined)?.passages.map((p) => [p.id, p.quote] as const) ?? [],
    ),
  );
  const routes = entries
    .filter((entry) => entry.spec.name === 'routes')
    .map((entry) => ({ file: entry.file, data: entry.data as RouteData | undefined }));
  checkRoutes(routes, passageQuotes, problems);
  const places = new Map(
    entries.flatMap((entry): Array<[string, PlaceForMap]> => {
      const place = entry.spec.name === 'places' ? (entry.data as PlaceData | undefined) : undefined;
      if (!place) return [];
      const { name, latitude, longitude, kind, country } = place;
      return [[entry.fileId, { id: entry.fileId, name, position: [longitude, latitude], kind, country }]];
    }),
  );
  checkRouteLengths(routes, places, problems);
  checkPlaceCountries(
    entries.flatMap((entry): PlacePosition[] => {
      const place = entry.spec.name === 'places' ? (entry.data as PlaceData | undefined) : undefined;
      return place
        ? [{ file: entry.file, latitude: place.latitude, longitude: place.longitude, country: place.country }]
        : [];
    }),
    problems,
  );
  const routesById = new Map(
    entries
      .filter((entry) => entry.spec.name === 'routes')
      .map((entry) => [entry.fileId, entry.data as RouteData | undefined] as const),
  );
  const stories = entries
    .filter((entry) => entry.spec.name === 'stories')
    .map((entry) => ({ file: entry.file, data: entry.data as StoryData | undefined }));
  // Every place file, read or not: an unknown place is reported once, by the reference check.
  const placeIds = new Set(entries.filter((entry) => entry.spec.name === 'places').map((entry) => entry.fileId));
  checkStories(stories, routesById, placeIds, problems);
  checkAddresses(entries, contentDir, problems);
  return { problems, files, entries };
}
