/**
 * Data tests on the real data/: every file valid, every fact sourced, the founding areas complete,
 * and every field of every file documented in data/README.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  areaSchema,
  criteriaEraSchema,
  interventionSchema,
  listSchema,
  municipalitySchema,
  sourceSchema,
} from '../db/data-schema';
import { formatIssue, loadData } from '../db/load';

const dataDir = import.meta.dirname;
const { data, issues } = loadData(dataDir);

describe('the data in data/', () => {
  it('is valid and cross-checks cleanly', () => {
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('has all 98 municipalities', () => {
    expect(data.municipalities).toHaveLength(98);
  });

  it('cites a source for every fact: each claim-bearing object carries source ids', () => {
    // Belt and braces on top of the schemas: walk the parsed files and look for any object that
    // states a value, date, coordinate or text without a non-empty `sources` list.
    const claimKeys = ['value', 'lat', 'from', 'date', 'text', 'residents', 'nonWesternPct'];
    const unsourced: string[] = [];
    const walk = (value: unknown, at: string) => {
      if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${at}[${i}]`));
      if (!value || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (claimKeys.some((key) => key in record) && !(Array.isArray(record.sources) && record.sources.length > 0)) {
        unsourced.push(at);
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${at}.${key}`);
    };
    data.areas.forEach((area) => walk(area, `areas/${area.slug}`));
    data.interventions.forEach((intervention) => walk(intervention, `interventions/${intervention.slug}`));
    data.lists.forEach((list) => walk(list, `lists/${list.date}`));
    expect(unsourced).toEqual([]);
  });

  it('every list category with a published total cites the source of that total', () => {
    for (const list of data.lists) {
      for (const category of list.categories) {
        if (category.publishedTotal !== null) expect(category.totalSources?.length, `${list.date} ${category.code}`).toBeGreaterThan(0);
      }
    }
  });

  const founding: { name: string; slugs: string[] }[] = [
    { name: 'Gellerupparken/Toveshøj', slugs: ['gellerupparken-toveshoej'] },
    { name: 'Aalborg Øst', slugs: ['aalborg-oest', 'sebbersundvej-mv', 'kildeparken'] },
    { name: 'Vollsmose', slugs: ['vollsmose'] },
    { name: 'Tingbjerg/Utterslevhuse', slugs: ['tingbjerg-utterslevhuse'] },
    { name: 'Mjølnerparken', slugs: ['mjoelnerparken'] },
    { name: 'Tåstrupgård', slugs: ['taastrupgaard'] },
    { name: 'Urbanplanen', slugs: ['urbanplanen', 'hoergaarden'] },
  ];

  it.each(founding)('$name has its area files and at least four physical and two social interventions', ({ slugs }) => {
    for (const slug of slugs) expect(data.areas.some((area) => area.slug === slug), slug).toBe(true);
    const theirs = data.interventions.filter((intervention) => intervention.areas.some((area) => slugs.includes(area)));
    expect(theirs.filter((intervention) => intervention.kind === 'physical').length).toBeGreaterThanOrEqual(4);
    expect(theirs.filter((intervention) => intervention.kind === 'social').length).toBeGreaterThanOrEqual(2);
  });

  it('models Urbanplanen and Aalborg Øst as districts with their listed parts', () => {
    const bySlug = new Map(data.areas.map((area) => [area.slug, area]));
    expect(bySlug.get('urbanplanen')?.type).toBe('district');
    expect(bySlug.get('hoergaarden')).toMatchObject({ type: 'listed_area', partOf: 'urbanplanen' });
    expect(bySlug.get('aalborg-oest')?.type).toBe('district');
    expect(bySlug.get('sebbersundvej-mv')).toMatchObject({ type: 'listed_area', partOf: 'aalborg-oest' });
  });

  it('records the national frame: the 2018 agreement, its law and the 2021 renaming', () => {
    const policy = data.interventions.filter((intervention) => intervention.kind === 'policy' && intervention.areas.length === 0);
    expect(policy.some((p) => p.category === 'agreement' && p.start?.date.startsWith('2018'))).toBe(true);
    expect(policy.some((p) => p.category === 'law' && p.start?.date.startsWith('2018'))).toBe(true);
    expect(policy.some((p) => p.start?.date.startsWith('2021'))).toBe(true);
  });
});

describe('data/README.md', () => {
  const readme = readFileSync(path.join(dataDir, 'README.md'), 'utf8');

  /** Every object key anywhere in a zod schema. */
  function fieldNames(schema: z.ZodType, out = new Set<string>()): Set<string> {
    const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    switch (def.type) {
      case 'object':
        for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
          out.add(key);
          fieldNames(child, out);
        }
        break;
      case 'array':
        fieldNames(def.element as z.ZodType, out);
        break;
      case 'nullable':
      case 'optional':
        fieldNames(def.innerType as z.ZodType, out);
        break;
      case 'union':
        for (const option of def.options as z.ZodType[]) fieldNames(option, out);
        break;
      case 'pipe':
        fieldNames(def.in as z.ZodType, out);
        break;
    }
    return out;
  }

  /** The text of the README section whose heading starts with `## \`<file>`, up to the next section. */
  function section(file: string): string {
    const start = readme.indexOf(`## \`${file}`);
    if (start < 0) return '';
    const next = readme.indexOf('\n## ', start + 1);
    return readme.slice(start, next < 0 ? undefined : next);
  }

  it.each([
    ['sources/*.yaml', sourceSchema],
    ['municipalities.yaml', municipalitySchema],
    ['criteria.yaml', criteriaEraSchema],
    ['lists/<date>.yaml', listSchema],
    ['areas/<slug>.yaml', areaSchema],
    ['interventions/<slug>.yaml', interventionSchema],
  ] as const)('documents every field of %s in its own section', (file, schema) => {
    const text = section(file);
    expect(text.length).toBeGreaterThan(0);
    const undocumented = [...fieldNames(schema)].filter((field) => !new RegExp('`[^`\\n]*\\b' + field + '\\b[^`\\n]*`').test(text));
    expect(undocumented).toEqual([]);
  });
});
