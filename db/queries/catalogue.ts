/**
 * Paged, sorted catalogues (issue 18): a catalogue page reads only the rows it shows, whatever the
 * size of the data. The filter runs in SQL and yields slugs; the sort order of the whole catalogue
 * is worked out once per database, language and column (the database is read-only, so it cannot go
 * stale) and a filtered view is sorted by looking positions up; only the rows of the page are read
 * in full. One sort rule serves every view, so page 2 continues page 1 exactly.
 */
import type { Db } from '../connection';
import { cutPage } from './page-sizes';
import { getDb } from '../client';
import { latestValue } from './rules';
import { dwellingMeasures } from './figures';
import { listInterventions, listInterventionSlugsWhere, getInterventionSummaries, type InterventionSummary } from './interventions';
import { areaRowMatches, listAreaRows, type AreaRow } from './areas';
import type { AreaFilter, InterventionFilter, PageOptions } from './filters';
import { getSourcesWithCitations, sourceIdsByKind, type SourceWithCitations } from './sources';
import { computeProgress, type MeasureProgress } from './progress';

export { defaultPageSize, pageOnlyKeys, pageOptionKeys, pageSizes, parsePageAndSize, parsePageOptions, type PageOptions } from './filters';

/** What a page of a catalogue shows, and where it stands among the pages. */
export interface CataloguePage<T> {
  rows: T[];
  /** How many rows match the filter, on every page together. */
  total: number;
  /** 1-based, clamped to the pages there are. */
  page: number;
  size: number;
  pages: number;
}

export { cutPage } from './page-sizes';

/** A sort order of a whole catalogue: each key's place, and its value's rank (equal values share one). */
interface Order {
  position: Map<string, number>;
  /** Dense rank of the value; null for an unknown value, which goes last either way. */
  rank: Map<string, number | null>;
}

/** Sorts keys by an order: ascending or descending by value, ties and unknowns in the base order. */
export function sortByOrder(keys: readonly string[], order: Order, descending: boolean): string[] {
  const far = Number.MAX_SAFE_INTEGER;
  return [...keys].sort((a, b) => {
    const ra = order.rank.get(a) ?? null;
    const rb = order.rank.get(b) ?? null;
    if (ra === null || rb === null) {
      if (ra !== rb) return ra === null ? 1 : -1;
    } else if (ra !== rb) {
      return descending ? rb - ra : ra - rb;
    }
    return (order.position.get(a) ?? far) - (order.position.get(b) ?? far);
  });
}

/** Builds an order from rows in their base order and a value per row (null: unknown). */
export function orderOf<T>(rows: readonly T[], keyOf: (row: T) => string, valueOf: (row: T) => string | number | null, locale: string): Order {
  const collator = new Intl.Collator(locale);
  const valued = rows.map((row, index) => ({ key: keyOf(row), value: valueOf(row), index }));
  const compare = (x: string | number, y: string | number) => (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y)));
  const known = valued.filter((v) => v.value !== null).sort((a, b) => compare(a.value!, b.value!) || a.index - b.index);
  const rank = new Map<string, number | null>();
  let current = -1;
  let previous: string | number | null = null;
  for (const [i, v] of known.entries()) {
    if (i === 0 || compare(previous!, v.value!) !== 0) current++;
    previous = v.value;
    rank.set(v.key, current);
  }
  for (const v of valued) if (v.value === null) rank.set(v.key, null);
  return { position: new Map(valued.map((v) => [v.key, v.index])), rank };
}

// ---------------------------------------------------------------- interventions

export const interventionSortKeys = ['start', 'end', 'title', 'kind', 'category', 'status', 'area', ...dwellingMeasures] as const;
export type InterventionSortKey = (typeof interventionSortKeys)[number];

/** The words a sort by label needs, in the page's language (the UI's Labels fit). */
export interface SortLabels {
  locale: string;
  text(da: string, en: string | null | undefined): string;
  interventionCategory(code: string): string;
  status(code: string): string;
}

/** The value a catalogue row sorts by in a column: what the column shows, a figure done before one planned. */
export function interventionSortValue(row: InterventionSummary, key: InterventionSortKey, l: SortLabels): string | number | null {
  switch (key) {
    case 'start':
      return row.startYear;
    case 'end':
      return row.endYear;
    case 'title':
      return l.text(row.title, row.titleEn);
    case 'kind':
      return row.kind;
    case 'category':
      return l.interventionCategory(row.category);
    case 'status':
      return l.status(row.status.value);
    case 'area':
      return row.areas[0]?.name ?? null;
    default:
      return latestValue(row.quantities, key, 'completed') ?? latestValue(row.quantities, key, 'planned');
  }
}

const orders = new WeakMap<Db, Map<string, Order>>();

/** The order of every intervention by a column in a language, worked out once per database. */
function interventionOrder(key: InterventionSortKey, l: SortLabels, db: Db): Order {
  let byKey = orders.get(db);
  if (!byKey) orders.set(db, (byKey = new Map()));
  const cacheKey = `${l.locale}|${key}`;
  let order = byKey.get(cacheKey);
  if (!order) {
    order = orderOf(listInterventions({}, db), (row) => row.slug, (row) => interventionSortValue(row, key, l), l.locale);
    byKey.set(cacheKey, order);
  }
  return order;
}

const sortedLists = new WeakMap<Db, Map<string, string[]>>();

/** Every intervention's slug sorted by a column in a language, one way or the other, worked out once per database. */
function sortedInterventions(key: InterventionSortKey, descending: boolean, l: SortLabels, db: Db): string[] {
  let byKey = sortedLists.get(db);
  if (!byKey) sortedLists.set(db, (byKey = new Map()));
  const cacheKey = `${l.locale}|${key}|${descending ? 'desc' : 'asc'}`;
  let sorted = byKey.get(cacheKey);
  if (!sorted) {
    sorted = sortByOrder(listInterventionSlugsWhere({}, db, { ordered: false }), interventionOrder(key, l, db), descending);
    byKey.set(cacheKey, sorted);
  }
  return sorted;
}

/** One page of the interventions matching the filter, sorted by a column; `slugs` are all that match, in that order. */
export function pageInterventions(
  filter: InterventionFilter,
  options: PageOptions<InterventionSortKey>,
  labels: SortLabels,
  db: Db = getDb(),
): CataloguePage<InterventionSummary> & { slugs: string[] } {
  // Every intervention in the asked order is worked out once per database; a filter then keeps
  // the matching ones in that order, so a page costs one filter query and one pass (issue 18).
  const everything = sortedInterventions(options.sort, options.descending, labels, db);
  const filtered = Object.keys(filter).length > 0;
  const matching = filtered ? new Set(listInterventionSlugsWhere(filter, db, { ordered: false })) : null;
  const sorted = matching ? everything.filter((slug) => matching.has(slug)) : everything;
  const cut = cutPage(sorted, options.page, options.size);
  return { rows: getInterventionSummaries(cut.keys, db), total: sorted.length, page: cut.page, size: options.size, pages: cut.pages, slugs: sorted };
}

const totalsCache = new WeakMap<Db, Map<string, MeasureProgress[]>>();
const TOTALS_KEPT = 64;

/**
 * The catalogue's totals row for a filter (every matching intervention rolled up once, planned and
 * done apart), kept per database for the last 64 filters: it depends on the filter only, not on the
 * page or the sort, and a catalogue is mostly read a page after another of one filter.
 */
export function interventionTotals(filter: InterventionFilter, slugs: readonly string[], db: Db = getDb()): MeasureProgress[] {
  let cache = totalsCache.get(db);
  if (!cache) totalsCache.set(db, (cache = new Map()));
  const key = JSON.stringify(Object.entries(filter).sort(([a], [b]) => a.localeCompare(b)));
  let totals = cache.get(key);
  if (totals) {
    cache.delete(key);
  } else {
    totals = computeProgress(slugs, db, { history: false });
    if (cache.size >= TOTALS_KEPT) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, totals);
  return totals;
}

// ---------------------------------------------------------------- areas

export const areaSortKeys = ['name', 'municipality', 'region', 'latest', 'lists', 'interventions'] as const;
export type AreaSortKey = (typeof areaSortKeys)[number];

/** The value an area row sorts by in a column (null: unknown, last either way). */
export function areaSortValue(row: AreaRow, key: AreaSortKey): string | number | null {
  switch (key) {
    case 'municipality':
      return row.municipality.name;
    case 'region':
      return row.municipality.region ?? null;
    case 'latest':
      return row.lastListed?.date ?? null;
    case 'lists':
      return row.listDates.length;
    case 'interventions':
      return row.interventionCounts.physical + row.interventionCounts.social + row.interventionCounts.policy;
    default:
      return row.name;
  }
}

interface AreaCatalogue {
  rows: AreaRow[];
  bySlug: Map<string, AreaRow>;
  orders: Map<string, Order>;
}
const areaCatalogues = new WeakMap<Db, AreaCatalogue>();

/** Every area row, read once per database (it is read-only), with its sort orders as they are asked for. */
function areaCatalogue(db: Db): AreaCatalogue {
  let catalogue = areaCatalogues.get(db);
  if (!catalogue) {
    const rows = listAreaRows({}, db);
    catalogue = { rows, bySlug: new Map(rows.map((row) => [row.slug, row])), orders: new Map() };
    areaCatalogues.set(db, catalogue);
  }
  return catalogue;
}

/** One page of the areas matching the filter, sorted by a column (names in the page's language's collation). */
export function pageAreas(filter: AreaFilter, options: PageOptions<AreaSortKey>, locale: string, db: Db = getDb()): CataloguePage<AreaRow> & { all: number } {
  const catalogue = areaCatalogue(db);
  const cacheKey = `${locale}|${options.sort}`;
  let order = catalogue.orders.get(cacheKey);
  if (!order) {
    order = orderOf(catalogue.rows, (row) => row.slug, (row) => areaSortValue(row, options.sort), locale);
    catalogue.orders.set(cacheKey, order);
  }
  const matching = catalogue.rows.filter((row) => areaRowMatches(row, filter)).map((row) => row.slug);
  const sorted = sortByOrder(matching, order, options.descending);
  const cut = cutPage(sorted, options.page, options.size);
  return { rows: cut.keys.map((slug) => catalogue.bySlug.get(slug)!), total: sorted.length, page: cut.page, size: options.size, pages: cut.pages, all: catalogue.rows.length };
}

/** The municipalities that hold an area, by name in the language's collation (the catalogue's municipality choice). */
export function areaMunicipalities(locale: string, db: Db = getDb()): [code: number, name: string][] {
  const byCode = new Map(areaCatalogue(db).rows.map((row) => [row.municipality.code, row.municipality.name]));
  const collator = new Intl.Collator(locale);
  return [...byCode.entries()].sort((a, b) => collator.compare(a[1], b[1]));
}

/**
 * One page of the sources of a kind, in the bibliography's order, each with what cites it. With
 * `holding` (a source id of that kind), the page that holds that source, whatever page was asked for.
 */
export function pageSources(kind: string, options: { page: number; size: number; holding?: string }, db: Db = getDb()): CataloguePage<SourceWithCitations> {
  const ids = sourceIdsByKind(db).get(kind) ?? [];
  const at = options.holding === undefined ? -1 : ids.indexOf(options.holding);
  const cut = cutPage(ids, at >= 0 ? Math.floor(at / options.size) + 1 : options.page, options.size);
  return { rows: getSourcesWithCitations(cut.keys, db), total: ids.length, page: cut.page, size: options.size, pages: cut.pages };
}
