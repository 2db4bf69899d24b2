/** What a citation of a Boligatlas page needs. */
export interface CitationInput {
  /** The page's title, e.g. the area's name. */
  title: string;
  /** What the page is, in Danish, e.g. "Områdeprofil". */
  kind: string;
  /** The absolute URL of the page. */
  url: string;
  /** The data version (content hash) the page was built from. */
  version: string;
  /** When the data was built (ISO 8601). */
  builtAt: string;
  /** The date the reader accessed the page (YYYY-MM-DD). */
  accessed: string;
  /** A stable key for BibTeX and CSL ids. */
  key: string;
  /** The few words of the citation text, in the page's language (Danish by default). */
  labels?: { version: string; retrieved: string; from: string; built: string };
}

const danish = { version: 'dataversion', retrieved: 'Hentet', from: 'fra', built: 'bygget' };

const AUTHOR = 'Boligatlas';

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

/** The version-pinned permalink: the page URL with the data version it shows. */
export function permalink(input: Pick<CitationInput, 'url' | 'version'>): string {
  return `${input.url}${input.url.includes('?') ? '&' : '?'}version=${input.version}`;
}

/** APA 7 style, as for a dataset page. */
export function formatApa(input: CitationInput): string {
  const [year] = dateParts(input.builtAt);
  const words = input.labels ?? danish;
  return `${AUTHOR}. (${year}). ${input.title} [${input.kind}; ${words.version} ${input.version}]. ${words.retrieved} ${input.accessed} ${words.from} ${permalink(input)}`;
}

/** Escapes the characters that mean something in BibTeX. */
function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&#_$^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));
}

export function formatBibtex(input: CitationInput): string {
  const [year, month] = dateParts(input.builtAt);
  return [
    `@misc{${input.key.replace(/[^A-Za-z0-9_-]/g, '-')},`,
    `  author = {{${AUTHOR}}},`,
    `  title = {${bibtexEscape(input.title)}},`,
    `  year = {${year}},`,
    `  month = {${month}},`,
    `  howpublished = {${bibtexEscape(input.kind)}},`,
    `  version = {${input.version}},`,
    `  url = {${permalink(input)}},`,
    `  urldate = {${input.accessed}},`,
    `  note = {${capitalise((input.labels ?? danish).version)} ${input.version}, ${(input.labels ?? danish).built} ${input.builtAt.slice(0, 10)}}`,
    '}',
  ].join('\n');
}

/** RIS, one tag per line (`TY  - DATA` … `ER  - `). */
export function formatRis(input: CitationInput): string {
  const [year, month, day] = dateParts(input.builtAt);
  const clean = (text: string) => text.replace(/[\r\n]+/g, ' ');
  return [
    'TY  - DATA',
    `TI  - ${clean(input.title)}`,
    `AU  - ${AUTHOR}`,
    `PY  - ${year}`,
    `DA  - ${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`,
    `ET  - ${capitalise((input.labels ?? danish).version)} ${input.version}`,
    `M3  - ${clean(input.kind)}`,
    `UR  - ${permalink(input)}`,
    `Y2  - ${input.accessed.replace(/-/g, '/')}`,
    `DB  - ${AUTHOR}`,
    'ER  - ',
    '',
  ].join('\n');
}

/** CSL-JSON (the citation format of Zotero, Mendeley and citation.js). */
export function formatCslJson(input: CitationInput): string {
  return JSON.stringify(
    [
      {
        id: input.key,
        type: 'dataset',
        title: input.title,
        author: [{ literal: AUTHOR }],
        issued: { 'date-parts': [dateParts(input.builtAt)] },
        accessed: { 'date-parts': [dateParts(input.accessed)] },
        version: input.version,
        genre: input.kind,
        URL: permalink(input),
        publisher: AUTHOR,
      },
    ],
    null,
    2,
  );
}
