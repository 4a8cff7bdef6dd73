/**
 * Checks everything under content/ the way an editor needs it checked: each problem
 * names the file, the field, the value found and what is expected.
 *
 * It runs before every build (see src/integrations/contentValidation.ts) and on its own
 * as `npm run validate`. It reads the files directly, without Astro, so it is fast and
 * so that an unknown reference fails the build instead of being logged and ignored.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { articleSchema, placeSchema, routeSchema, sourceSchema, tripSchema, type ReferenceFactory } from './schemas.ts';
import { checkRoutes } from './checkRoutes.ts';
import { findCitationIds } from './citationIds.ts';
import { earliestInstant, parsePartialDate } from '../dates/partialDate.ts';
import { normaliseForComparison } from '../text/normaliseText.ts';

export interface ContentProblem {
  /** Path of the file, relative to the project root, as the editor sees it. */
  file: string;
  /** Dotted path of the field inside the file, or "(file)" for the file as a whole. */
  field: string;
  /** The value found, shown back to the editor; undefined when the field is missing. */
  found: unknown;
  /** What to write instead. */
  expected: string;
}

export interface ValidateOptions {
  /** Project root; file paths in problems are relative to it. */
  root: string;
  /** The content folder, normally <root>/content. */
  contentDir?: string;
  /** "Today" for the future-date check; injectable so tests do not depend on the clock. */
  today?: Date;
}

interface LoadedFile<T> {
  file: string;
  id: string;
  data: T | undefined;
}

/** Ids are plain strings here; whether they exist is checked after every file is read. */
const idReference: ReferenceFactory<z.ZodString> = () =>
  z.string({ error: 'Write the id as text.' }).min(1, 'The id is empty.');

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(file)' : path.map(String).join('.');
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
  try {
    const names = await readdir(dir, { recursive: true });
    return names.filter((name) => name.endsWith(extension)).sort();
  } catch {
    return [];
  }
}

function parseYaml(text: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return yaml.load(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({
      file,
      field: '(file)',
      found: reason,
      expected: 'Valid YAML: "field: value" on each line, lists with "- ", text with a colon in quotes.',
    });
    return undefined;
  }
}

function applySchema<T>(schema: z.ZodType<T>, raw: unknown, file: string, problems: ContentProblem[]): T | undefined {
  if (raw === null || typeof raw !== 'object') {
    problems.push({ file, field: '(file)', found: raw, expected: 'A list of fields ("title: …", "leader: …").' });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, field: fieldName(issue.path), found: valueAt(raw, issue.path), expected: issue.message });
  }
  return undefined;
}

async function loadYamlCollection<T>(
  root: string,
  dir: string,
  schema: z.ZodType<T>,
  problems: ContentProblem[],
): Promise<Array<LoadedFile<T> & { raw: unknown }>> {
  const loaded = [];
  for (const name of await listFiles(dir, '.yaml')) {
    const file = relative(root, join(dir, name));
    const raw = parseYaml(await readFile(join(dir, name), 'utf8'), file, problems);
    if (raw === undefined) continue;
    loaded.push({ file, id: name.replace(/\.yaml$/, ''), raw, data: applySchema(schema, raw, file, problems) });
  }
  return loaded;
}

function checkFutureDate(
  value: string | undefined,
  field: string,
  file: string,
  today: Date,
  problems: ContentProblem[],
): void {
  if (value === undefined) return;
  const date = parsePartialDate(value);
  if (date && earliestInstant(date) > today.getTime()) {
    problems.push({
      file,
      field,
      found: value,
      expected: `A date no later than today (${today.toISOString().slice(0, 10)}); set "planned: true" for a trip that has not happened yet.`,
    });
  }
}

export async function validateContent(options: ValidateOptions): Promise<ContentProblem[]> {
  const root = options.root;
  const contentDir = options.contentDir ?? join(root, 'content');
  const today = options.today ?? new Date();
  const problems: ContentProblem[] = [];

  const places = await loadYamlCollection(root, join(contentDir, 'places'), placeSchema(), problems);
  const sources = await loadYamlCollection(root, join(contentDir, 'sources'), sourceSchema(), problems);
  const trips = await loadYamlCollection(root, join(contentDir, 'trips'), tripSchema(idReference), problems);

  const routes = await loadYamlCollection(root, join(contentDir, 'routes'), routeSchema(idReference), problems);

  const placeIds = new Set(places.map((place) => place.id));
  const sourceIds = new Set(sources.map((source) => source.id));
  const tripSlugs = new Map<string, string>();
  const passageOwners = new Map<string, string>();

  for (const source of sources) {
    if (!source.data) continue;
    const original = await readFile(join(contentDir, 'sources', 'originals', source.data.file), 'utf8').catch(
      () => undefined,
    );
    if (original === undefined) {
      problems.push({
        file: source.file,
        field: 'file',
        found: source.data.file,
        expected: 'The name of a document in content/sources/originals/.',
      });
    }
    const searchable = original === undefined ? undefined : normaliseForComparison(original);
    source.data.passages.forEach((passage, index) => {
      const owner = passageOwners.get(passage.id);
      if (owner !== undefined) {
        problems.push({
          file: source.file,
          field: `passages.${index}.id`,
          found: passage.id,
          expected: `A passage id used nowhere else; "${passage.id}" is already used in ${owner}.`,
        });
      }
      passageOwners.set(passage.id, source.file);
      if (searchable !== undefined && !searchable.includes(normaliseForComparison(passage.quote))) {
        problems.push({
          file: source.file,
          field: `passages.${index}.quote`,
          found: passage.quote,
          expected: `The words exactly as they appear in ${source.data!.file}: copy and paste them from the document.`,
        });
      }
    });
  }

  for (const trip of trips) {
    if (!trip.data) continue;
    const { data, file } = trip;
    const earlier = tripSlugs.get(data.slug);
    if (earlier !== undefined) {
      problems.push({
        file,
        field: 'slug',
        found: data.slug,
        expected: `A slug used by no other trip; ${earlier} already uses it.`,
      });
    }
    tripSlugs.set(data.slug, file);
    const placeFields: Array<[string, string]> = [
      ['origin', data.origin],
      ['destination', data.destination],
      ...data.stops.map((stop, index): [string, string] => [`stops.${index}`, stop]),
    ];
    for (const [field, id] of placeFields) {
      if (!placeIds.has(id)) {
        problems.push({
          file,
          field,
          found: id,
          expected: `The id of a place in content/places/ (one of: ${[...placeIds].sort().join(', ')}).`,
        });
      }
    }
    data.citations.forEach((id, index) => {
      if (!passageOwners.has(id)) {
        problems.push({
          file,
          field: `citations.${index}`,
          found: id,
          expected: 'The id of a passage listed in a file in content/sources/.',
        });
      }
    });
    if (!data.planned) {
      checkFutureDate(data.start, 'start', file, today, problems);
      checkFutureDate(data.end, 'end', file, today, problems);
    }
  }

  const passageQuotes = new Map(
    sources.flatMap((source) => source.data?.passages.map((passage) => [passage.id, passage.quote] as const) ?? []),
  );
  checkRoutes(routes, placeIds, passageQuotes, problems);

  const articleDir = join(contentDir, 'articles');
  for (const name of await listFiles(articleDir, '.mdx')) {
    const file = relative(root, join(articleDir, name));
    const text = await readFile(join(articleDir, name), 'utf8');
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push({
        file,
        field: '(frontmatter)',
        found: text.slice(0, 40),
        expected: 'The file must start with a --- block of fields, closed by another ---.',
      });
      continue;
    }
    const raw = parseYaml(match[1] ?? '', file, problems);
    if (raw === undefined) continue;
    const data = applySchema(articleSchema(idReference), raw, file, problems);
    if (data) {
      data.sources.forEach((id, index) => {
        if (!sourceIds.has(id)) {
          problems.push({
            file,
            field: `sources.${index}`,
            found: id,
            expected: `The id of a source in content/sources/ (one of: ${[...sourceIds].sort().join(', ')}).`,
          });
        }
      });
      data.relatedTrips.forEach((slug, index) => {
        if (!tripSlugs.has(slug)) {
          problems.push({
            file,
            field: `relatedTrips.${index}`,
            found: slug,
            expected: 'The slug of a trip in content/trips/.',
          });
        }
      });
      if (data.published.getTime() > today.getTime()) {
        problems.push({
          file,
          field: 'published',
          found: data.published.toISOString().slice(0, 10),
          expected: 'A publication date no later than today.',
        });
      }
    }
    for (const citation of findCitationIds(text.slice(match[0].length))) {
      if (!passageOwners.has(citation.id)) {
        problems.push({
          file,
          field: `<Cite id="${citation.id}"> on line ${citation.line + match[0].split('\n').length - 1}`,
          found: citation.id,
          expected: 'The id of a passage listed in a file in content/sources/.',
        });
      }
    }
  }

  return problems;
}

function showValue(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** One block per problem, in the order an editor would fix them: file by file. */
export function formatProblems(problems: ContentProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file));
  const lines = [`${problems.length} problem${problems.length === 1 ? '' : 's'} in content/:`, ''];
  for (const problem of sorted) {
    lines.push(`✗ ${problem.file}`);
    lines.push(`    field:    ${problem.field}`);
    lines.push(`    found:    ${showValue(problem.found)}`);
    lines.push(`    expected: ${problem.expected}`);
    lines.push('');
  }
  return lines.join('\n');
}
