/**
 * The `lang` a source's own words get on an English page: its title and its quoted passages
 * are in the language of the report. Marked, a screen reader reads them in that language's
 * voice, and Korean gets the site's Hangul font (global.css, :lang(ko)). English (the
 * schema's default) is the page's own and gets no attribute.
 */
export function sourceLanguage(language: string | undefined): string | undefined {
  return language === undefined || language === 'en' ? undefined : language;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language code as a reader knows it: "ko" is Korean. */
export function languageName(language: string): string {
  return languageNames.of(language) ?? language;
}
