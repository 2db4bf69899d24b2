import { asc, desc, eq, inArray } from 'drizzle-orm';
import { interventionKinds, type CategoryCode } from '../data-schema';
import { highestTier, tiers, type Tier } from '../categories';
import { getDb } from '../client';
import type { Db } from '../connection';
import {
  areaAliases,
  areaHousingOrganisations,
  areaObservations,
  areas,
  interventionAreas,
  interventions,
  listMemberships,
  lists,
  municipalities,
  type Source,
} from '../schema';
import { getInterventionDetails, type InterventionDetail } from './interventions';

import { getBibliography, getCitations } from './sources';
import { boundaryOf, locationOf, type AreaBoundary, type AreaLocation } from './location';
import { gatherWithParts, listOfYear } from './rules';
import { membershipKey, type SubjectType } from '../claim-keys';
import type { AreaFilter } from './filters';

export type { AreaBoundary, AreaLocation } from './location';

/** A value with the ids of the sources that state it. */
export type Cited<T> = T & { sources: string[] };

export interface MunicipalityRef {
  code: number;
  name: string;
  region: string | null;
}

export interface AreaRef {
  slug: string;
  name: string;
}

/** One category an area held on one list, with the area it was held through (for districts). */
export interface AreaListCategory {
  code: CategoryCode;
  tier: Tier;
  /** The listed part that held it, when the profile is a district's. */
  via: AreaRef | null;
  /** `printed` in a source, or `derived` (worked out, as `derivation` says). */
  basis: 'printed' | 'derived';
  derivation: string | null;
  derivationEn: string | null;
  /** The criteria figures a source prints for the area on this list, with the sources that print them. */
  figures: ListFigures | null;
  sources: string[];
}

/** Criteria figures of one area on one list (data/README.md, `categories[].areas[].figures`). */
export interface ListFigures {
  residents: number | null;
  nonWesternPct: number | null;
  outsideWorkEducationPct: number | null;
  convictionsRate: number | null;
  basicEducationPct: number | null;
  incomePct: number | null;
  sources: string[];
}

export const listFigureKeys = ['residents', 'nonWesternPct', 'outsideWorkEducationPct', 'convictionsRate', 'basicEducationPct', 'incomePct'] as const;

export interface AreaListStatus {
  date: string;
  criteriaEra: string;
  categories: AreaListCategory[];
}

export interface AreaSummary {
  slug: string;
  name: string;
  type: 'listed_area' | 'district';
  partOf: string | null;
  municipality: MunicipalityRef;
  location: AreaLocation | null;
  /** The most recent list the area (or, for a district, one of its parts) was on. */
  lastListed: { date: string; codes: CategoryCode[]; tier: Tier | null } | null;
  /** Whether that list is the latest list in the database. */
  onLatestList: boolean;
  /** Every list date on which the area was named. */
  listDates: string[];
}

export type AreaIntervention = InterventionDetail & {
  /** The part the intervention belongs to, when the profile is a district's. */
  via: AreaRef | null;
};

export interface AreaProfile {
  slug: string;
  name: string;
  type: 'listed_area' | 'district';
  partOf: AreaRef | null;
  parts: AreaRef[];
  /** `year`: for a former name, the year the area took its present name (null when no source gives it). */
  aliases: Cited<{ name: string; kind: string; year: number | null }>[];
  municipality: MunicipalityRef;
  town: string | null;
  housingOrganisations: Cited<{ name: string; departments: string[] }>[];
  built: Cited<{ from: number; to: number | null }> | null;
  dwellings: Cited<{ value: number; year: number; note: string | null; noteEn: string | null }>[];
  residents: Cited<{ value: number; year: number; note: string | null; noteEn: string | null }>[];
  /** The point with the sources that print it, and `placeSources`: that the area lies in `place`. */
  location: Cited<AreaLocation & { placeSources: string[] }> | null;
  /** The boundary the map draws, with the sources of the polygon and `placeSources`: that the area lies in the district. */
  boundary: Cited<AreaBoundary & { placeSources: string[] }> | null;
  summary: Cited<{ text: string; textEn: string | null }> | null;
  links: { label: string; labelEn: string | null; url: string }[];
  statuses: AreaListStatus[];
  interventions: AreaIntervention[];
  /** Sources for the area's existence and name. */
  recordSources: string[];
  /** Every source cited on the profile, in order of first citation. */
  bibliography: Source[];
}

function latestListDate(db: Db): string | null {
  return db.select({ date: lists.date }).from(lists).orderBy(desc(lists.date)).limit(1).get()?.date ?? null;
}

/** Every area with its municipality and list history in brief, sorted by name. */
export function listAreas(db: Db = getDb()): AreaSummary[] {
  const rows = db
    .select({
      slug: areas.slug,
      name: areas.name,
      type: areas.type,
      partOf: areas.partOf,
      lat: areas.lat,
      lon: areas.lon,
      locationPrecision: areas.locationPrecision,
      locationPlace: areas.locationPlace,
      code: areas.municipalityCode,
      municipalityName: municipalities.name,
      region: municipalities.region,
    })
    .from(areas)
    .leftJoin(municipalities, eq(municipalities.code, areas.municipalityCode))
    .orderBy(asc(areas.name))
    .all();
  const memberships = db
    .select({ area: listMemberships.areaSlug, date: listMemberships.listDate, code: listMemberships.categoryCode, tier: listMemberships.tier })
    .from(listMemberships)
    .all();
  const membershipsOf = gatherWithParts(rows, memberships, (m) => m.area);
  const latest = latestListDate(db);

  return rows.map((row) => {
    const own = membershipsOf(row.slug);
    const dates = [...new Set(own.map((m) => m.date))].sort();
    const lastDate = dates.at(-1);
    const last = own.filter((m) => m.date === lastDate);
    return {
      slug: row.slug,
      name: row.name,
      type: row.type,
      partOf: row.partOf,
      municipality: { code: row.code, name: row.municipalityName ?? String(row.code), region: row.region },
      location: locationOf(row),
      lastListed: lastDate
        ? { date: lastDate, codes: [...new Set(last.map((m) => m.code))], tier: highestTier(last.map((m) => m.tier)) }
        : null,
      onLatestList: lastDate !== undefined && lastDate === latest,
      listDates: dates,
    };
  });
}

/** Every area slug, for prerendering. */
export function listAreaSlugs(db: Db = getDb()): string[] {
  return db.select({ slug: areas.slug }).from(areas).orderBy(asc(areas.slug)).all().map((row) => row.slug);
}

/** One area's full profile with claim-level sources, or null when there is no such area. */
export function getArea(slug: string, db: Db = getDb()): AreaProfile | null {
  const area = db.select().from(areas).where(eq(areas.slug, slug)).get();
  if (!area) return null;
  const municipality = db.select().from(municipalities).where(eq(municipalities.code, area.municipalityCode)).get();
  const parent = area.partOf
    ? db.select({ slug: areas.slug, name: areas.name }).from(areas).where(eq(areas.slug, area.partOf)).get() ?? null
    : null;
  const parts = db.select({ slug: areas.slug, name: areas.name }).from(areas).where(eq(areas.partOf, slug)).orderBy(asc(areas.name)).all();
  const nameOf = new Map<string, AreaRef>([[slug, { slug, name: area.name }], ...parts.map((p) => [p.slug, p] as const)]);
  const gathered = [slug, ...parts.map((p) => p.slug)];

  const one = (type: SubjectType) => getCitations(type, [slug], db).get(slug) ?? [];
  /** The sources of each row by its stored claim key. */
  const keyed = (type: SubjectType, rows: readonly { claimKey: string }[]) => {
    const map = getCitations(type, rows.map((row) => row.claimKey), db);
    return (row: { claimKey: string }) => map.get(row.claimKey) ?? [];
  };

  const aliasRows = db.select().from(areaAliases).where(eq(areaAliases.areaSlug, slug)).orderBy(asc(areaAliases.idx)).all();
  const aliasSources = keyed('area.alias', aliasRows);
  const orgRows = db
    .select()
    .from(areaHousingOrganisations)
    .where(eq(areaHousingOrganisations.areaSlug, slug))
    .orderBy(asc(areaHousingOrganisations.idx))
    .all();
  const orgSources = keyed('area.housing_organisation', orgRows);
  const observationRows = db
    .select()
    .from(areaObservations)
    .where(eq(areaObservations.areaSlug, slug))
    .orderBy(asc(areaObservations.year), asc(areaObservations.idx))
    .all();
  const observations = (measure: 'dwellings' | 'residents') => {
    const rows = observationRows.filter((row) => row.measure === measure);
    const cited = keyed(`area.${measure}`, rows);
    return rows.map((row) => ({ value: row.value, year: row.year, note: row.note, noteEn: row.noteEn, sources: cited(row) }));
  };

  // List statuses of the area and, for a district, of its parts.
  const membershipRows = db
    .select({
      date: listMemberships.listDate,
      code: listMemberships.categoryCode,
      tier: listMemberships.tier,
      area: listMemberships.areaSlug,
      basis: listMemberships.basis,
      derivation: listMemberships.derivation,
      derivationEn: listMemberships.derivationEn,
      figures: listMemberships.figuresJson,
      era: lists.criteriaEra,
    })
    .from(listMemberships)
    .innerJoin(lists, eq(lists.date, listMemberships.listDate))
    .where(inArray(listMemberships.areaSlug, gathered))
    .orderBy(asc(listMemberships.listDate))
    .all();
  const membershipSources = getCitations(
    'list.membership',
    membershipRows.map((m) => membershipKey(m.date, m.code, m.area)),
    db,
  );
  const figureSources = getCitations(
    'list.figures',
    membershipRows.filter((m) => m.figures).map((m) => membershipKey(m.date, m.code, m.area)),
    db,
  );
  const figuresOf = (m: (typeof membershipRows)[number]): ListFigures | null => {
    if (!m.figures) return null;
    const parsed = JSON.parse(m.figures) as Partial<Record<(typeof listFigureKeys)[number], number | null>>;
    return {
      ...(Object.fromEntries(listFigureKeys.map((key) => [key, parsed[key] ?? null])) as Record<(typeof listFigureKeys)[number], number | null>),
      sources: figureSources.get(membershipKey(m.date, m.code, m.area)) ?? [],
    };
  };
  const statusByDate = new Map<string, AreaListStatus>();
  for (const m of membershipRows) {
    const status = statusByDate.get(m.date) ?? { date: m.date, criteriaEra: m.era, categories: [] };
    status.categories.push({
      code: m.code,
      tier: m.tier,
      via: m.area === slug ? null : nameOf.get(m.area) ?? null,
      basis: m.basis,
      derivation: m.derivation,
      derivationEn: m.derivationEn,
      figures: figuresOf(m),
      sources: membershipSources.get(membershipKey(m.date, m.code, m.area)) ?? [],
    });
    statusByDate.set(m.date, status);
  }

  const tierRank = (tier: string) => tiers.indexOf(tier as Tier);
  for (const status of statusByDate.values()) {
    status.categories.sort((a, b) => tierRank(a.tier) - tierRank(b.tier) || a.code.localeCompare(b.code));
  }

  const interventionLinks = db
    .select({ slug: interventionAreas.interventionSlug, area: interventionAreas.areaSlug })
    .from(interventionAreas)
    .where(inArray(interventionAreas.areaSlug, gathered))
    .all();
  // An intervention tied to the area itself is shown without "via", even if a part shares it.
  const viaOf = new Map<string, AreaRef | null>();
  for (const link of interventionLinks) {
    if (viaOf.get(link.slug) === null) continue;
    viaOf.set(link.slug, link.area === slug ? null : nameOf.get(link.area) ?? null);
  }
  const areaInterventions = getInterventionDetails([...viaOf.keys()], db).map((detail) => ({
    ...detail,
    via: viaOf.get(detail.slug) ?? null,
  }));

  const profile: Omit<AreaProfile, 'bibliography'> = {
    slug: area.slug,
    name: area.name,
    type: area.type,
    partOf: parent,
    parts,
    aliases: aliasRows.map((row) => ({ name: row.name, kind: row.kind, year: row.year, sources: aliasSources(row) })),
    municipality: {
      code: area.municipalityCode,
      name: municipality?.name ?? String(area.municipalityCode),
      region: municipality?.region ?? null,
    },
    town: area.town,
    housingOrganisations: orgRows.map((row) => ({
      name: row.name,
      departments: JSON.parse(row.departmentsJson) as string[],
      sources: orgSources(row),
    })),
    built: area.builtFrom !== null ? { from: area.builtFrom, to: area.builtTo, sources: one('area.built') } : null,
    dwellings: observations('dwellings'),
    residents: observations('residents'),
    location: (() => {
      const location = locationOf(area);
      return location ? { ...location, sources: one('area.location'), placeSources: one('area.location.place') } : null;
    })(),
    boundary: (() => {
      const boundary = boundaryOf(area);
      return boundary ? { ...boundary, sources: one('area.boundary'), placeSources: one('area.boundary.place') } : null;
    })(),
    summary: area.summary ? { text: area.summary, textEn: area.summaryEn, sources: one('area.summary') } : null,
    links: (JSON.parse(area.linksJson) as { label: string; labelEn?: string; url: string }[]).map((link) => ({ label: link.label, labelEn: link.labelEn ?? null, url: link.url })),
    statuses: [...statusByDate.values()],
    interventions: areaInterventions,
    recordSources: one('area'),
  };
  return { ...profile, bibliography: getBibliography(profile, db) };
}

/** One area as the map needs it: where it is and what it was on the state's lists, year by year. */
export interface AreaMapEntry {
  slug: string;
  name: string;
  type: 'listed_area' | 'district';
  municipality: MunicipalityRef;
  location: AreaLocation | null;
  /** The boundary the map draws for the area, or null. */
  boundary: AreaBoundary | null;
  /** Per calendar year: the official codes held on that year's latest list, and their highest tier. */
  years: Record<string, { listDate: string; codes: CategoryCode[]; tier: Tier | null }>;
}

/**
 * Every area with its location (or null) and its categories per year: the map colours by year,
 * and 2014 had two lists, so a year stands for the latest list dated in it. A district gathers
 * the statuses of its parts.
 */
export function listAreaMapEntries(db: Db = getDb()): AreaMapEntry[] {
  const summaries = listAreas(db);
  const boundaries = new Map(
    db
      .select({ slug: areas.slug, boundarySource: areas.boundarySource, boundaryPrecision: areas.boundaryPrecision, boundaryPlace: areas.boundaryPlace })
      .from(areas)
      .all()
      .map((row) => [row.slug, boundaryOf(row)]),
  );
  const latestOfYear = listOfYear(db.select({ date: lists.date }).from(lists).all().map((row) => row.date));
  const memberships = db
    .select({ area: listMemberships.areaSlug, date: listMemberships.listDate, code: listMemberships.categoryCode, tier: listMemberships.tier })
    .from(listMemberships)
    .all();
  const membershipsOf = gatherWithParts(summaries, memberships, (m) => m.area);
  return summaries.map((summary) => {
    const own = membershipsOf(summary.slug);
    const years: AreaMapEntry['years'] = {};
    for (const [year, date] of latestOfYear) {
      const held = own.filter((m) => m.date === date);
      if (held.length === 0) continue;
      years[year] = { listDate: date, codes: [...new Set(held.map((m) => m.code))], tier: highestTier(held.map((m) => m.tier)) };
    }
    return {
      slug: summary.slug,
      name: summary.name,
      type: summary.type,
      municipality: summary.municipality,
      location: summary.location,
      boundary: boundaries.get(summary.slug) ?? null,
      years,
    };
  });
}

// ---------------------------------------------------------------- facets of the area table

/** An area row of the table, with what the facets need: its list categories by year and its interventions by kind. */
export type AreaRow = AreaSummary & {
  categoriesByYear: Record<string, string[]>;
  interventionCounts: Record<(typeof interventionKinds)[number], number>;
};

/** The areas matching the filter, with their categories per year and intervention counts. */
export function listAreaRows(filter: AreaFilter = {}, db: Db = getDb()): AreaRow[] {
  const summaries = listAreas(db);
  const memberships = db.select({ area: listMemberships.areaSlug, date: listMemberships.listDate, code: listMemberships.categoryCode }).from(listMemberships).all();
  const membershipsOf = gatherWithParts(summaries, memberships, (m) => m.area);
  // A year's categories are those of the list that stands for it (rules.ts), as on the map.
  const standing = new Set(listOfYear(memberships.map((m) => m.date)).values());
  const kindRows = db
    .select({ area: interventionAreas.areaSlug, slug: interventions.slug, kind: interventions.kind })
    .from(interventionAreas)
    .innerJoin(interventions, eq(interventions.slug, interventionAreas.interventionSlug))
    .all();
  const interventionsOf = gatherWithParts(summaries, kindRows, (row) => row.area);
  return summaries
    .map((summary) => {
      const categoriesByYear: Record<string, string[]> = {};
      for (const m of membershipsOf(summary.slug)) {
        if (!standing.has(m.date)) continue;
        const year = m.date.slice(0, 4);
        categoriesByYear[year] = [...new Set([...(categoriesByYear[year] ?? []), m.code])];
      }
      // An intervention tied to a district and to one of its parts counts once.
      const counts = { physical: 0, social: 0, policy: 0 };
      const seen = new Set<string>();
      for (const row of interventionsOf(summary.slug)) {
        if (seen.has(row.slug)) continue;
        seen.add(row.slug);
        counts[row.kind as keyof typeof counts] += 1;
      }
      return { ...summary, categoriesByYear, interventionCounts: counts };
    })
    .filter((row) => areaRowMatches(row, filter));
}

/** Whether an area row passes a filter (the rule listAreaRows applies, for callers that hold the rows already). */
export function areaRowMatches(row: AreaRow, filter: AreaFilter): boolean {
  if (filter.municipality !== undefined && row.municipality.code !== filter.municipality) return false;
  if (filter.region && row.municipality.region !== filter.region) return false;
  if (filter.type && row.type !== filter.type) return false;
  if (filter.kind && row.interventionCounts[filter.kind] === 0) return false;
  if (filter.year !== undefined || filter.category) {
    const years = filter.year !== undefined ? [String(filter.year)] : Object.keys(row.categoriesByYear);
    const held = years.flatMap((year) => row.categoriesByYear[year] ?? []);
    if (held.length === 0) return false;
    if (filter.category && !held.includes(filter.category)) return false;
  }
  return true;
}
