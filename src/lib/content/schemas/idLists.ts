/**
 * Fields that list entries of another collection by id: the sources an article draws on,
 * the passages a fact cites, the corrections that concern a trip. Every such list is either
 * required (at least one id, with the message an editor reads when it is empty) or optional
 * (none by default).
 */
import { z } from 'astro/zod';
import type { ReferenceFactory, ReferencedCollection } from './fields.ts';

/** A list that must name at least one entry of `collection`. */
export function requiredIds<R extends z.ZodType>(
  ref: ReferenceFactory<R>,
  collection: ReferencedCollection,
  whenEmpty: string,
  description: string,
) {
  return z.array(ref(collection)).min(1, whenEmpty).describe(description);
}

/** A list that may name entries of `collection`, and is empty when left out. */
export function optionalIds<R extends z.ZodType>(
  ref: ReferenceFactory<R>,
  collection: ReferencedCollection,
  description: string,
) {
  return z.array(ref(collection)).default([]).describe(description);
}
