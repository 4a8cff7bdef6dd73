import { describe, expect, it } from 'vitest';
import { slugify } from '../../../../scripts/lib/scaffold/slugify.ts';
import { SLUG_PATTERN } from '../../../../src/lib/content/schemas.ts';

describe('slugify', () => {
  it('lower-cases a title and joins its words with hyphens', () => {
    expect(slugify('Kim Jong Un by train to Hanoi')).toBe('kim-jong-un-by-train-to-hanoi');
  });

  it('drops apostrophes, accents and punctuation', () => {
    expect(slugify("Kim Jong Un's train: a 20-hour ride — to Khasan!")).toBe(
      'kim-jong-uns-train-a-20-hour-ride-to-khasan',
    );
    expect(slugify('Ussuriysk café')).toBe('ussuriysk-cafe');
  });

  it('always gives a slug the schemas accept, or nothing', () => {
    for (const title of ['  Two  spaces  ', '--Hyphens--', 'Ёлки 2019', '???']) {
      const slug = slugify(title);
      expect(slug === '' || SLUG_PATTERN.test(slug)).toBe(true);
    }
    expect(slugify('???')).toBe('');
  });
});
