/**
 * <cite-formats data-citation="{…}">: fills the reader's local date into each citation
 * format (<pre data-format="bibtex">…). The build cannot know the day a reader visits, so
 * the page ships with the day it was built, and this writes the same formatters' output
 * with the reader's day over it.
 */
import {
  CITATION_FORMATS,
  localDay,
  type CitationFormat,
  type CitationRecord,
} from '../../lib/meta/citationFormats.ts';

class CiteFormats extends HTMLElement {
  connectedCallback(): void {
    let record: CitationRecord;
    try {
      record = JSON.parse(this.dataset['citation'] ?? '') as CitationRecord;
    } catch {
      return;
    }
    const today = localDay(new Date());
    for (const block of this.querySelectorAll<HTMLElement>('[data-format]')) {
      const format = CITATION_FORMATS[block.dataset['format'] as CitationFormat];
      if (format) block.textContent = format.format(record, today);
    }
  }
}

if (!customElements.get('cite-formats')) customElements.define('cite-formats', CiteFormats);
