/**
 * Fields that list entries of another collection by id: the sources an article draws on,
 * the passages a fact cites, the corrections that concern a trip. Every such list is either
 * required (at least one id, with the message an editor reads when it is empty) or optional
 * (none by default).
 */
import { z } from 'astro/zod';
import { idReference, type ReferencedCollection } from './idReference.ts';

/** A list that must name at least one entry of `collection`. */
export function requiredIds(collection: ReferencedCollection, whenEmpty: string, description: string) {
  return z.array(idReference(collection)).min(1, whenEmpty).describe(description);
}

/** A list that may name entries of `collection`, and is empty when left out. */
export function optionalIds(collection: ReferencedCollection, description: string) {
  return z.array(idReference(collection)).default([]).describe(description);
}
