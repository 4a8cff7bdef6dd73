/**
 * citation-js ships no types: the little of it the tests use, which parses a citation in
 * any format its plugins know (BibTeX, RIS, CSL-JSON) into CSL items.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Array<Record<string, unknown>>;
    format(format: 'bibliography' | 'citation' | 'data', options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
