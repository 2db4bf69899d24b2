/**
 * The tables beside the map (/kort): the areas the map places, the areas it cannot place, the
 * interventions it draws and the kommuner with listed areas, for one year and one intervention
 * filter, a page at a time (issue 18). The map itself reads the GeoJSON twins; these are its
 * text mirror, so they come from the same functions (listAreaMapEntries, getInterventionsGeoJson,
 * listMunicipalityCounts) and cannot disagree with it.
 */
import type { CategoryCode, LocationPrecision } from '../data-schema';
import { getDb } from '../client';
import type { Db } from '../connection';
import { listAreaMapEntries } from './areas';
import { cutPage, KORT_PAGE_SIZE } from './page-sizes';
import { getInterventionsGeoJson, listMapYears, listMunicipalityCounts, mapTierOf } from './geo';

/** How many areas without a location the page names before it says how many more there are. */
export const KORT_UNLOCATED_SHOWN = 100;

export interface KortQuery {
  year: number;
  kind: string;
  category: string;
  areaPage: number;
  interventionPage: number;
}

export interface KortAreaRow {
  slug: string;
  name: string;
  municipality: string;
  /** A tier, `none` or `unknown` for the year. */
  tier: string;
  /** The official category codes held that year (empty when not listed or unknown). */
  codes: CategoryCode[];
  location: { lat: number; lon: number; precision: LocationPrecision; place: string | null };
  boundary: { precision: string; place: string | null } | null;
}

export interface KortInterventionRow {
  slug: string;
  title: string;
  titleEn: string | null;
  kind: string;
  category: string;
  /** The names of its areas. */
  areas: string[];
  /** The name of the area whose point it is drawn at, or null when it has a location of its own. */
  placedAt: string | null;
}

export interface KortMunicipalityRow {
  code: number;
  name: string;
  total: number;
  categories: { code: string; count: number }[];
}

export interface KortPage<T> {
  rows: T[];
  total: number;
  page: number;
  pages: number;
}

export interface KortTables {
  year: number;
  complete: boolean;
  areas: KortPage<KortAreaRow>;
  unlocated: { rows: { slug: string; name: string }[]; total: number };
  interventions: KortPage<KortInterventionRow>;
  municipalities: KortMunicipalityRow[];
}

interface KortData {
  years: ReturnType<typeof listMapYears>;
  entries: ReturnType<typeof listAreaMapEntries>;
  features: ReturnType<typeof getInterventionsGeoJson>['features'];
  municipalities: Pick<ReturnType<typeof listMunicipalityCounts>[number], 'code' | 'name' | 'region' | 'wofId' | 'counts'>[];
  areaName: Map<string, string>;
}

/**
 * What the tables are cut from, read once per database: it is opened read-only and an open handle
 * keeps reading the file it opened (decision 0018), so a page or a table request reads no table in full.
 */
const cache = new WeakMap<Db, KortData>();
function kortData(db: Db): KortData {
  let data = cache.get(db);
  if (!data) {
    const entries = listAreaMapEntries(db);
    data = {
      years: listMapYears(db),
      entries,
      features: getInterventionsGeoJson(db).features,
      // Without the boundaries: the table needs the counts only.
      municipalities: listMunicipalityCounts(db).map(({ code, name, region, wofId, counts }) => ({ code, name, region, wofId, counts })),
      areaName: new Map(entries.map((entry) => [entry.slug, entry.name])),
    };
    cache.set(db, data);
  }
  return data;
}

/** The years the map can show, oldest first, with whether that year's list is complete. */
export function listKortYears(db: Db = getDb()): { year: number; complete: boolean }[] {
  return kortData(db).years.map(({ year, complete }) => ({ year, complete }));
}

function pageOf<T>(all: T[], page: number): KortPage<T> {
  const cut = cutPage(all, page, KORT_PAGE_SIZE);
  return { rows: cut.keys, total: all.length, page: cut.page, pages: cut.pages };
}

/** The four tables for a year and an intervention filter, each cut to its page (a page past the last is the last). */
export function getKortTables(query: KortQuery, db: Db = getDb()): KortTables {
  const data = kortData(db);
  const year = data.years.find((y) => y.year === query.year) ?? data.years.at(-1);
  const complete = year?.complete ?? false;
  const yearKey = String(year?.year ?? query.year);
  const located = data.entries.filter((entry) => entry.location);
  const unlocated = data.entries.filter((entry) => !entry.location);
  const areas = pageOf(located, query.areaPage);
  const shown = data.features.filter(({ properties: p }) => (!query.kind || p.kind === query.kind) && (!query.category || p.category === query.category));
  const interventions = pageOf(shown, query.interventionPage);
  return {
    year: year?.year ?? query.year,
    complete,
    areas: {
      ...areas,
      rows: areas.rows.map((entry) => ({
        slug: entry.slug,
        name: entry.name,
        municipality: entry.municipality.name,
        tier: mapTierOf(entry, Number(yearKey), complete),
        codes: entry.years[yearKey]?.codes ?? [],
        location: entry.location!,
        boundary: entry.boundary ? { precision: entry.boundary.precision, place: entry.boundary.place } : null,
      })),
    },
    unlocated: { rows: unlocated.slice(0, KORT_UNLOCATED_SHOWN).map(({ slug, name }) => ({ slug, name })), total: unlocated.length },
    interventions: {
      ...interventions,
      rows: interventions.rows.map(({ properties: p }) => ({
        slug: p.slug,
        title: p.title,
        titleEn: p.titleEn,
        kind: p.kind,
        category: p.category,
        areas: p.areas.map((slug) => data.areaName.get(slug) ?? slug),
        placedAt: p.placedAt ? (data.areaName.get(p.placedAt) ?? p.placedAt) : null,
      })),
    },
    municipalities: data.municipalities.flatMap(({ code, name, counts }) => {
      const count = counts[yearKey];
      if (!count || count.total === 0) return [];
      return [{ code, name, total: count.total, categories: Object.entries(count.categories).map(([code, n]) => ({ code, count: n })) }];
    }),
  };
}
