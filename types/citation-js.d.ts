// citation.js ships no types; the tests use only the constructor and its parsed `data`.
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: unknown);
    data: Record<string, unknown>[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
