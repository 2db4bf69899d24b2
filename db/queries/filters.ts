/**
 * The URL filters of the catalogues and the API, with their messages: one zod schema per filter
 * validates the query at run time and describes its parameters in /api/openapi.json. Every
 * parameter either works or is refused with a message naming it (issue 13).
 */
import { z } from 'zod';
import { defaultPageSize, pageSizes } from './page-sizes';
import { areaTypes, categoryCodes, interventionCategories, interventionKinds, membershipBases, regions, slug, statuses, type CategoryCode, type InterventionCategory } from '../data-schema';

export type FilterResult<T> = { ok: true; filter: T } | { ok: false; parameter: string; message: string };

/**
 * Validates query parameters against a zod object of optional fields. Empty values count as
 * absent (an HTML form sends `kind=` for "all"); an unknown parameter, a repeated one or a bad
 * value is an error that names the parameter, with `expected` saying what each one takes.
 * A key in `multi` takes several values, repeated (`kind=physical&kind=social`, as a form's
 * checkboxes send them) or comma-separated (`kind=physical,social`), and parses to an array.
 */
export function parseParams<T>(
  params: URLSearchParams,
  schema: z.ZodType<T>,
  expected: Record<string, string>,
  extraKeys: readonly string[] = [],
  multi: readonly string[] = [],
): FilterResult<T> {
  const keys = Object.keys(expected);
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    if (extraKeys.includes(key)) continue;
    if (!keys.includes(key)) {
      return { ok: false, parameter: key, message: `unknown parameter "${key.slice(0, 60)}" (expected one of ${keys.join(', ')})` };
    }
    const values = params.getAll(key);
    if (multi.includes(key)) {
      const all = [...new Set(values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== ''))];
      if (all.length > 0) raw[key] = all;
      continue;
    }
    if (values.length > 1) return { ok: false, parameter: key, message: `parameter "${key}" given more than once` };
    const value = values[0]?.trim() ?? '';
    if (value !== '') raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, filter: parsed.data };
  const [parameterPath, index] = parsed.error.issues[0]?.path ?? [];
  const parameter = String(parameterPath ?? '');
  const given = raw[parameter];
  const got = JSON.stringify((Array.isArray(given) ? given[typeof index === 'number' ? index : 0] : given) ?? '').slice(0, 60);
  return { ok: false, parameter, message: `parameter "${parameter}": expected ${expected[parameter] ?? 'a valid value'}, got ${got}` };
}

/** A parsed filter back as a query string, several values comma-separated (links to the API and the CSV twins). */
export function filterQuery(filter: object): string {
  const entries = Object.entries(filter as Record<string, unknown>).flatMap(([key, value]) => (value === undefined ? [] : [[key, Array.isArray(value) ? value.join(',') : String(value)] as [string, string]]));
  return new URLSearchParams(entries).toString();
}

// ---------------------------------------------------------------- pages of a catalogue

export { defaultPageSize, pageSizes } from './page-sizes';

/** The options of a page as parsed from the URL (`?sort=title&order=desc&page=3&size=100`). */
export interface PageOptions<K extends string> {
  sort: K;
  descending: boolean;
  page: number;
  size: number;
}

/** The URL keys of a page's options, besides the filter's own. */
export const pageOptionKeys = ['sort', 'order', 'page', 'size'] as const;

/** The URL keys of a catalogue that has one order: its page and size. */
export const pageOnlyKeys = ['page', 'size'] as const;

/** The URL keys of the map page (/kort): its state and the page of each table beside the map. */
export const mapStateKeys = ['year', 'kind', 'category', 'municipalities', 'view', 'areaPage', 'interventionPage'] as const;

/** The map page's state, as its URL carries it (`mapStateKeys`). */
export interface MapState {
  year: number;
  kind: string;
  category: string;
  /** Whether the kommune layer is shown. */
  municipalities: boolean;
  view: { lat: number; lon: number; zoom: number } | null;
  /** The page of each table beside the map. */
  areaPage: number;
  interventionPage: number;
}

/**
 * Reads the map state from the URL; anything malformed falls back to the default rather than
 * failing. No query at all is the default view: the latest of `years`, every intervention, kommuner shown.
 */
export function parseMapState(params: URLSearchParams, years: readonly number[]): MapState {
  const latest = years.at(-1) ?? 2024;
  const year = Number(params.get('year'));
  const kind = params.get('kind') ?? '';
  const category = params.get('category') ?? '';
  const [lat, lon, zoom] = (params.get('view') ?? '').split(',').map(Number);
  const view =
    lat !== undefined && lon !== undefined && zoom !== undefined && [lat, lon, zoom].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 22
      ? { lat, lon, zoom }
      : null;
  const pageOf = (key: string) => {
    const page = Number(params.get(key));
    return Number.isInteger(page) && page >= 1 ? page : 1;
  };
  return {
    year: years.includes(year) ? year : latest,
    kind: (interventionKinds as readonly string[]).includes(kind) ? kind : '',
    category: (interventionCategories as readonly string[]).includes(category) ? category : '',
    municipalities: params.get('municipalities') !== '0',
    view,
    areaPage: pageOf('areaPage'),
    interventionPage: pageOf('interventionPage'),
  };
}

/** The URL key that asks the bibliography of a kind for the page holding one source (`?kilde=<id>`). */
export const sourceFocusKey = 'kilde';

/**
 * The page and size from the URL (`?page=3&size=100`). A value that is not one of the offered ones
 * falls back to the default (a page number past the end is clamped when the page is cut), so an old
 * or edited link still shows a page.
 */
export function parsePageAndSize(params: URLSearchParams): { page: number; size: number } {
  const pageParam = Number(params.get('page') ?? '1');
  const sizeParam = Number(params.get('size') ?? defaultPageSize);
  return {
    page: Number.isInteger(pageParam) && pageParam >= 1 ? pageParam : 1,
    size: (pageSizes as readonly number[]).includes(sizeParam) ? sizeParam : defaultPageSize,
  };
}

/** Page options from the URL: the sort column and order besides the page and size, falling back to the defaults as those do. */
export function parsePageOptions<K extends string>(params: URLSearchParams, sortKeys: readonly K[], defaultSort: K): PageOptions<K> {
  const sortParam = params.get('sort') ?? '';
  const sort = (sortKeys as readonly string[]).includes(sortParam) ? (sortParam as K) : defaultSort;
  return { sort, descending: params.get('order') === 'desc', ...parsePageAndSize(params) };
}

// ---------------------------------------------------------------- areas

export const areaFilterKeys = ['municipality', 'region', 'category', 'year', 'kind', 'type'] as const;

/** A filter on the areas; a district matches through its parts too. */
export interface AreaFilter {
  municipality?: number;
  region?: (typeof regions)[number];
  /** An official list category the area held (in `year`, when given). */
  category?: CategoryCode;
  /** A calendar year the area was on a list. */
  year?: number;
  /** Has at least one intervention of this kind. */
  kind?: (typeof interventionKinds)[number];
  type?: (typeof areaTypes)[number];
}

export const areaFilterSchema = z.strictObject({
  municipality: z.coerce.number().int().min(101).max(999).optional(),
  region: z.enum(regions).optional(),
  category: z.enum(categoryCodes).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  kind: z.enum(interventionKinds).optional(),
  type: z.enum(areaTypes).optional(),
});

export const areaFilterExpectations: Record<(typeof areaFilterKeys)[number], string> = {
  municipality: 'a three-digit municipality code',
  region: `one of ${regions.join(', ')}`,
  category: `an official list category (${categoryCodes.join(', ')})`,
  year: 'a year between 1900 and 2100',
  kind: `one of ${interventionKinds.join(', ')}`,
  type: `one of ${areaTypes.join(', ')}`,
};

/** Validates query parameters into an area filter (see {@link parseParams}). */
export function parseAreaFilter(params: URLSearchParams, extraKeys: readonly string[] = []): FilterResult<AreaFilter> {
  return parseParams(params, areaFilterSchema, areaFilterExpectations, extraKeys);
}

// ---------------------------------------------------------------- interventions

/**
 * A filter on the intervention catalogue; every field optional. The facets take several values
 * each (an intervention matches one of them); the fields are combined with "and".
 */
export interface InterventionFilter {
  kind?: (typeof interventionKinds)[number][];
  category?: InterventionCategory[];
  status?: (typeof statuses)[number][];
  /** Area slugs; a district also matches the interventions of its parts. */
  area?: string[];
  municipality?: number[];
  /** Interventions active in this year (see {@link yearSpan}). */
  year?: number;
}

export const interventionFilterKeys = ['kind', 'category', 'status', 'area', 'municipality', 'year'] as const;
/** The facets that take several values. */
export const interventionMultiKeys = ['kind', 'category', 'status', 'area', 'municipality'] as const;

const several = <T extends z.ZodType>(item: T) => z.array(item).min(1).optional();

export const interventionFilterSchema = z.strictObject({
  kind: several(z.enum(interventionKinds)),
  category: several(z.enum(interventionCategories)),
  status: several(z.enum(statuses)),
  area: several(slug),
  municipality: several(z.coerce.number().int().min(101).max(999)),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
});

/** What each filter parameter takes, for the 400 messages. */
export const interventionFilterExpectations: Record<(typeof interventionFilterKeys)[number], string> = {
  kind: `one or more of ${interventionKinds.join(', ')}`,
  category: `one or more intervention categories (${interventionCategories.join(', ')})`,
  status: `one or more of ${statuses.join(', ')}`,
  area: 'one or more area slugs',
  municipality: 'one or more three-digit municipality codes',
  year: 'a year between 1900 and 2100',
};

/** Validates query parameters into an intervention filter (see {@link parseParams}). */
export function parseInterventionFilter(params: URLSearchParams, extraKeys: readonly string[] = []): FilterResult<InterventionFilter> {
  return parseParams(params, interventionFilterSchema, interventionFilterExpectations, extraKeys, interventionMultiKeys);
}

// ---------------------------------------------------------------- memberships

export const membershipFilterSchema = z.strictObject({ area: slug.optional(), basis: z.enum(membershipBases).optional() });
export type MembershipFilter = z.infer<typeof membershipFilterSchema>;

/** Validates `?area=` and `?basis=` for the membership table (see {@link parseParams}). */
export function parseMembershipFilter(params: URLSearchParams, extraKeys: readonly string[] = []): FilterResult<MembershipFilter> {
  return parseParams(params, membershipFilterSchema, { area: 'an area slug', basis: `one of ${membershipBases.join(', ')}` }, extraKeys);
}

/** Every list membership (of one area and its parts, when asked), by list date, category and area name, each with its sources. */

// ---------------------------------------------------------------- the map's areas

export const areaPointFilterSchema = z.strictObject({ area: slug.optional() });
export type AreaPointFilter = z.infer<typeof areaPointFilterSchema>;

/** Validates `?area=` for /api/areas.geojson (see {@link parseParams}). */
export function parseAreaPointFilter(params: URLSearchParams): FilterResult<AreaPointFilter> {
  return parseParams(params, areaPointFilterSchema, { area: 'an area slug' });
}
