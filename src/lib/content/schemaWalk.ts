/**
 * Reads a content schema alongside the data it describes, for the checks Zod does not do
 * on its own: fields an editor added that the schema does not know (usually a typo),
 * references to other entries, and the description of a field to show back to the editor.
 *
 * It knows only the generic shapes (objects, arrays, tuples and their wrappers), so every
 * collection gets these checks without code of its own.
 */
import { z } from 'astro/zod';
import type { ReferenceMeta } from './schemas/idReference.ts';

export type FieldPath = ReadonlyArray<string | number>;

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  options?: z.ZodType[];
  entries?: Record<string, string>;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/**
 * The definition Zod 4 exposes on every schema as `schema.def`: its kind and its parts.
 * Zod types it as the union of every kind's definition; this walk reads the few parts it
 * needs, each one optional.
 */
function defOf(schema: z.ZodType): SchemaDef {
  return schema.def as SchemaDef;
}

/** The schema and every wrapper around it, outermost first, down to the one that holds the shape. */
function layers(schema: z.ZodType): z.ZodType[] {
  const found = [schema];
  let current = schema;
  for (;;) {
    const def = defOf(current);
    let next: z.ZodType | undefined;
    if (WRAPPERS.has(def.type)) next = def.innerType;
    else if (def.type === 'pipe') next = def.in && defOf(def.in).type !== 'transform' ? def.in : def.out;
    if (next === undefined) return found;
    found.push(next);
    current = next;
  }
}

function core(schema: z.ZodType): SchemaDef {
  return defOf(layers(schema).at(-1)!);
}

/**
 * The option of a union that a value was written for: the object form for a group of
 * fields, the plain form otherwise (a stop written as "khasan" or as "place: khasan").
 */
function unionOption(def: SchemaDef, value: unknown): z.ZodType | undefined {
  const wantsObject = isRecord(value);
  return def.options?.find((option) => (core(option).type === 'object') === wantsObject);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** The schema of the field at `path`, or undefined when the schema has no such field. */
export function schemaAt(schema: z.ZodType, path: FieldPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (current === undefined) return undefined;
    let def = core(current);
    if (def.type === 'union') {
      // A path that goes on inside a union names a field of its object form.
      const objectForm = def.options?.find((option) => core(option).type === 'object');
      if (objectForm === undefined) return undefined;
      def = core(objectForm);
    }
    if (def.type === 'object') current = def.shape?.[String(key)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'tuple') current = def.items?.[Number(key)];
    else return undefined;
  }
  return current;
}

/** The `.describe()` text of the field at `path`, looking through optional and default wrappers. */
export function describeField(schema: z.ZodType, path: FieldPath): string | undefined {
  const field = schemaAt(schema, path);
  if (field === undefined) return undefined;
  return layers(field).find((layer) => layer.description !== undefined)?.description;
}

/** The values an enum field at `path` accepts, or an empty list for any other field. */
export function allowedValues(schema: z.ZodType, path: FieldPath): string[] {
  const field = schemaAt(schema, path);
  if (field === undefined) return [];
  const def = core(field);
  return def.type === 'enum' ? Object.values(def.entries ?? {}) : [];
}

/** The description of the field at `path`, or of the nearest field around it that has one. */
export function describeNearest(schema: z.ZodType, path: FieldPath): string | undefined {
  for (let length = path.length; length > 0; length--) {
    const description = describeField(schema, path.slice(0, length));
    if (description !== undefined) return description;
  }
  return undefined;
}

/** What to write in the field at `path`: its description, plus the allowed values when it lists none. */
export function fieldGuidance(schema: z.ZodType, path: FieldPath): string | undefined {
  const description = describeNearest(schema, path);
  const values = allowedValues(schema, path);
  const unlisted = values.some((value) => !description?.includes(value));
  const options = unlisted ? `One of: ${values.join(', ')}.` : '';
  return [description, options].filter(Boolean).join(' ') || undefined;
}

/** The field names an object at `path` accepts, for "did you mean" hints. */
export function knownFields(schema: z.ZodType, path: FieldPath): string[] {
  const field = schemaAt(schema, path);
  if (field === undefined) return [];
  const def = core(field);
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

export interface UnknownField {
  path: FieldPath;
  known: string[];
}

export interface FoundReference {
  path: FieldPath;
  collection: string;
  id: string;
}

interface Visitor {
  unknownField?(found: UnknownField): void;
  reference?(found: FoundReference): void;
}

function walk(schema: z.ZodType, value: unknown, path: FieldPath, visitor: Visitor): void {
  const all = layers(schema);
  const meta = all.map((layer) => z.globalRegistry.get(layer) as Partial<ReferenceMeta> | undefined);
  const references = meta.find((entry) => entry?.references !== undefined)?.references;
  if (references !== undefined && typeof value === 'string') {
    visitor.reference?.({ path, collection: references, id: value });
    return;
  }
  const def = defOf(all.at(-1)!);
  if (def.type === 'union') {
    const option = unionOption(def, value);
    if (option !== undefined) walk(option, value, path, visitor);
    return;
  }
  if (def.type === 'object' && isRecord(value)) {
    const shape = def.shape ?? {};
    // An object that accepts any extra field (z.looseObject, z.record) has no typos to find.
    const open = def.catchall !== undefined && defOf(def.catchall).type !== 'never';
    for (const [key, child] of Object.entries(value)) {
      const field = shape[key];
      if (field !== undefined) walk(field, child, [...path, key], visitor);
      else if (!open) visitor.unknownField?.({ path: [...path, key], known: Object.keys(shape) });
    }
  } else if (def.type === 'array' && Array.isArray(value) && def.element) {
    value.forEach((item, index) => walk(def.element!, item, [...path, index], visitor));
  } else if (def.type === 'tuple' && Array.isArray(value)) {
    value.forEach((item, index) => {
      const itemSchema = def.items?.[index];
      if (itemSchema) walk(itemSchema, item, [...path, index], visitor);
    });
  }
}

/** Fields present in the data that the schema does not define, with the names it does define. */
export function findUnknownFields(schema: z.ZodType, raw: unknown): UnknownField[] {
  const found: UnknownField[] = [];
  walk(schema, raw, [], { unknownField: (field) => found.push(field) });
  return found;
}

/** Every reference to another entry in parsed data, by the collection it points into. */
export function findReferences(schema: z.ZodType, data: unknown): FoundReference[] {
  const found: FoundReference[] = [];
  walk(schema, data, [], { reference: (reference) => found.push(reference) });
  return found;
}
