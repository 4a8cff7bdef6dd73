import { describe, expect, it } from 'vitest';
import { languageName, sourceLanguage } from '../../../src/lib/citations/sourceLanguage.ts';

describe('sourceLanguage', () => {
  it("marks a report's words in another language with that language", () => {
    expect(sourceLanguage('ko')).toBe('ko');
    expect(sourceLanguage('zh')).toBe('zh');
  });

  it('leaves English, and a source that names no language, to the page', () => {
    expect(sourceLanguage('en')).toBeUndefined();
    expect(sourceLanguage(undefined)).toBeUndefined();
  });
});

describe('languageName', () => {
  it('names a language in English, as a reader knows it', () => {
    expect(languageName('ko')).toBe('Korean');
    expect(languageName('zh')).toBe('Chinese');
    expect(languageName('ru')).toBe('Russian');
  });
});
