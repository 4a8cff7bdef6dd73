import { describe, expect, it } from 'vitest';
import { isKnownHarmlessWarning } from '../../../src/lib/build/knownBuildWarnings.ts';

describe('isKnownHarmlessWarning', () => {
  it("passes over Astro's own head-inject directive", () => {
    const message =
      'The semantics of the module level directive "use astro:head-inject" in "content/articles/a.mdx?astroPropagatedAssets" may not be preserved when bundling.';
    expect(isKnownHarmlessWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message })).toBe(true);
  });

  it('keeps every other warning, the same code for another directive included', () => {
    expect(isKnownHarmlessWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in x.ts' })).toBe(
      false,
    );
    expect(isKnownHarmlessWarning({ code: 'UNRESOLVED_IMPORT', message: '"use astro:head-inject"' })).toBe(false);
  });
});
