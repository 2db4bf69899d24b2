import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { formatApa, formatBibtex, formatCslJson, formatRis, permalink, type CitationInput } from './citation';

const input: CitationInput = {
  title: 'Rønnebærparken/Æblehaven & 100% {tricky}_title #1',
  kind: 'Områdeprofil',
  url: 'https://example.org/omraader/roennebaerparken-aeblehaven',
  version: 'abc123def456',
  builtAt: '2026-11-27T04:00:00.000Z',
  accessed: '2026-11-28',
  key: 'boligatlas-roennebaerparken-aeblehaven-abc123def456',
};

describe('citations', () => {
  it('pins the permalink to the data version', () => {
    expect(permalink(input)).toBe('https://example.org/omraader/roennebaerparken-aeblehaven?version=abc123def456');
    expect(formatApa(input)).toBe(
      'Boligatlas. (2026). Rønnebærparken/Æblehaven & 100% {tricky}_title #1 [Områdeprofil; dataversion abc123def456]. Hentet 2026-11-28 fra https://example.org/omraader/roennebaerparken-aeblehaven?version=abc123def456',
    );
  });

  it('writes BibTeX that a BibTeX parser reads back', () => {
    const [entry] = new Cite(formatBibtex(input)).data as { title: string; URL: string; author: { literal?: string; family?: string }[]; issued: { 'date-parts': number[][] } }[];
    expect(entry?.title).toBe(input.title);
    expect(entry?.URL).toBe(permalink(input));
    // A braced corporate author comes back whole, never split into first and last names.
    expect(entry?.author).toEqual([{ family: 'Boligatlas' }]);
    expect(entry?.issued['date-parts'][0]?.[0]).toBe(2026);
  });

  it('writes RIS that a RIS parser reads back', () => {
    const [entry] = new Cite(formatRis(input)).data as { title: string; URL: string; type: string }[];
    expect(entry?.title).toBe(input.title);
    expect(entry?.URL).toBe(permalink(input));
    expect(entry?.type).toBe('dataset');
  });

  it('writes CSL-JSON that parses and carries version and access date', () => {
    const parsed = JSON.parse(formatCslJson(input));
    const [entry] = new Cite(parsed).data as { title: string; version: string; accessed: { 'date-parts': number[][] } }[];
    expect(entry?.title).toBe(input.title);
    expect(entry?.version).toBe('abc123def456');
    expect(entry?.accessed['date-parts'][0]).toEqual([2026, 11, 28]);
  });
});
