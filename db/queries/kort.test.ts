/** The tables beside the map (/kort), a page at a time, on the real data: they mirror the GeoJSON twins exactly. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../connection';
import { withRealDatabase } from '../testing/real-data';
import { getAreasGeoJson, getInterventionsGeoJson, listMapYears } from './geo';
import { getKortTables, listKortYears } from './kort';
import { KORT_PAGE_SIZE } from './page-sizes';

const real = withRealDatabase();
let db: Db;
beforeAll(() => {
  db = real();
});

const query = { year: 2022, kind: '', category: '', areaPage: 1, interventionPage: 1 };

describe('getKortTables', () => {
  it('pages through exactly the interventions and areas the map draws, in the same order', () => {
    const features = getInterventionsGeoJson(db).features.map((f) => f.properties.slug);
    const first = getKortTables(query, db);
    expect(first.interventions.total).toBe(features.length);
    expect(first.interventions.pages).toBe(Math.max(1, Math.ceil(features.length / KORT_PAGE_SIZE)));
    const all = Array.from({ length: first.interventions.pages }, (_, i) => getKortTables({ ...query, interventionPage: i + 1 }, db).interventions.rows.map((row) => row.slug)).flat();
    expect(all).toEqual(features);
    const located = getAreasGeoJson({}, db).features.map((f) => f.properties.slug);
    expect(first.areas.total).toBe(located.length);
    expect(first.areas.rows.length).toBe(Math.min(KORT_PAGE_SIZE, located.length));
  });

  it('filters the interventions as the map layer does, and a page past the last is the last', () => {
    const physical = getInterventionsGeoJson(db).features.filter((f) => f.properties.kind === 'physical' && f.properties.category === 'demolition');
    const tables = getKortTables({ ...query, kind: 'physical', category: 'demolition', interventionPage: 99 }, db);
    expect(tables.interventions.total).toBe(physical.length);
    expect(tables.interventions.page).toBe(tables.interventions.pages);
    expect(getKortTables({ ...query, interventionPage: 0 }, db).interventions.page).toBe(1);
  });

  it('gives each area its tier and categories of the year, and an unknown year the latest', () => {
    const years = listMapYears(db);
    expect(listKortYears(db)).toEqual(years.map(({ year, complete }) => ({ year, complete })));
    const gellerup = (year: number) => getKortTables({ ...query, year }, db).areas.rows.find((row) => row.slug === 'gellerupparken-toveshoej');
    expect(gellerup(2012)).toMatchObject({ tier: 'listed', codes: ['ghetto'] });
    expect(gellerup(2022)?.tier).toBe('transformation');
    expect(getKortTables({ ...query, year: 1990 }, db).year).toBe(years.at(-1)!.year);
  });

  it('counts the kommuner with listed areas that year only', () => {
    const tables = getKortTables(query, db);
    expect(tables.municipalities.length).toBeGreaterThan(0);
    for (const m of tables.municipalities) {
      expect(m.total).toBeGreaterThan(0);
      expect(m.categories.reduce((sum, c) => sum + c.count, 0)).toBeGreaterThanOrEqual(m.total);
    }
  });
});
