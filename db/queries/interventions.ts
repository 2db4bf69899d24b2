import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { chunks } from './chunks';
import type { Db } from '../connection';
import { interventionKinds, statuses, type InterventionCategory, type Measure, type RelationType } from '../data-schema';

type InterventionKind = (typeof interventionKinds)[number];
type Status = (typeof statuses)[number];
import {
  areas,
  interventionActors,
  interventionAreas,
  interventionQuantities,
  interventionRelations,
  interventions,
  municipalities,
  type Source,
} from '../schema';

import { stalenessOfRow, type Staleness } from '../stale';
import { getBibliography, getCitations } from './sources';
import { locationOf, placementArea, type AreaLocation } from './location';
import { areaScope } from './rules';
import type { SubjectType } from '../claim-keys';
import type { InterventionFilter } from './filters';

export interface InterventionQuantity {
  measure: Measure;
  value: number;
  basis: 'planned' | 'completed';
  asOf: number;
  funder: string | null;
  funderEn: string | null;
  note: string | null;
  noteEn: string | null;
  sources: string[];
}

export interface InterventionRelation {
  type: RelationType;
  /** `outgoing`: this intervention → target; `incoming`: another intervention → this one. */
  direction: 'outgoing' | 'incoming';
  slug: string;
  title: string;
  titleEn: string | null;
  kind: string;
  sources: string[];
}

/** One intervention with every fact and the sources that state it. */
export interface InterventionDetail {
  slug: string;
  title: string;
  /** The title in English (issue 17); null where the data has none yet. */
  titleEn: string | null;
  kind: InterventionKind;
  category: InterventionCategory;
  /** The status, the year a source last confirmed it, and whether it may be out of date (db/stale.ts). */
  status: { value: Status; year: number; sources: string[]; stale: Staleness };
  start: { date: string; sources: string[] } | null;
  end: { date: string; sources: string[] } | null;
  startYear: number | null;
  endYear: number | null;
  areas: string[];
  actors: { name: string; role: string; sources: string[] }[];
  quantities: InterventionQuantity[];
  relations: InterventionRelation[];
  description: { text: string; textEn: string | null; sources: string[] } | null;
  location: { lat: number; lon: number; sources: string[] } | null;
  recordSources: string[];
}

/** Full details of the given interventions, ordered by start year (unknown last) then title. */
export function getInterventionDetails(slugs: readonly string[], db: Db = getDb()): InterventionDetail[] {
  if (slugs.length === 0) return [];
  const keys = [...slugs];
  const rows = db
    .select()
    .from(interventions)
    .where(inArray(interventions.slug, keys))
    // Chronological, with interventions whose start no source gives at the end.
    .orderBy(sql`${interventions.startYear} is null`, asc(interventions.startYear), asc(interventions.title))
    .all();
  const areaRows = db.select().from(interventionAreas).where(inArray(interventionAreas.interventionSlug, keys)).all();
  const actorRows = db.select().from(interventionActors).where(inArray(interventionActors.interventionSlug, keys)).orderBy(asc(interventionActors.idx)).all();
  const quantityRows = db
    .select()
    .from(interventionQuantities)
    .where(inArray(interventionQuantities.interventionSlug, keys))
    .orderBy(asc(interventionQuantities.idx))
    .all();
  const outgoing = db.select().from(interventionRelations).where(inArray(interventionRelations.fromSlug, keys)).all();
  const incoming = db.select().from(interventionRelations).where(inArray(interventionRelations.toSlug, keys)).all();
  const related = [...new Set([...outgoing.map((r) => r.toSlug), ...incoming.map((r) => r.fromSlug)])];
  const relatedRows = related.length
    ? db.select({ slug: interventions.slug, title: interventions.title, titleEn: interventions.titleEn, kind: interventions.kind }).from(interventions).where(inArray(interventions.slug, related)).all()
    : [];
  const relatedBySlug = new Map(relatedRows.map((row) => [row.slug, row]));

  const cite = (type: SubjectType, subjectKeys: string[]) => getCitations(type, subjectKeys, db);
  const record = cite('intervention', keys);
  const status = cite('intervention.status', keys);
  const start = cite('intervention.start', keys);
  const end = cite('intervention.end', keys);
  const description = cite('intervention.description', keys);
  const location = cite('intervention.location', keys);
  const actorSources = cite('intervention.actor', actorRows.map((r) => r.claimKey));
  const quantitySources = cite('intervention.quantity', quantityRows.map((r) => r.claimKey));
  const relationSources = cite('intervention.relation', [...outgoing, ...incoming].map((r) => r.claimKey));

  return rows.map((row) => {
    const relations: InterventionRelation[] = [
      ...outgoing
        .filter((r) => r.fromSlug === row.slug)
        .map((r) => ({ r, direction: 'outgoing' as const, other: r.toSlug })),
      ...incoming
        .filter((r) => r.toSlug === row.slug)
        .map((r) => ({ r, direction: 'incoming' as const, other: r.fromSlug })),
    ].map(({ r, direction, other }) => ({
      type: r.type,
      direction,
      slug: other,
      title: relatedBySlug.get(other)?.title ?? other,
      titleEn: relatedBySlug.get(other)?.titleEn ?? null,
      kind: relatedBySlug.get(other)?.kind ?? '',
      sources: relationSources.get(r.claimKey) ?? [],
    }));
    return {
      slug: row.slug,
      title: row.title,
      titleEn: row.titleEn,
      kind: row.kind,
      category: row.category,
      status: { value: row.status, year: row.statusYear, sources: status.get(row.slug) ?? [], stale: stalenessOfRow(row) },
      start: row.startDate ? { date: row.startDate, sources: start.get(row.slug) ?? [] } : null,
      end: row.endDate ? { date: row.endDate, sources: end.get(row.slug) ?? [] } : null,
      startYear: row.startYear,
      endYear: row.endYear,
      areas: areaRows.filter((a) => a.interventionSlug === row.slug).map((a) => a.areaSlug).sort(),
      actors: actorRows
        .filter((a) => a.interventionSlug === row.slug)
        .map((a) => ({ name: a.name, role: a.role, sources: actorSources.get(a.claimKey) ?? [] })),
      quantities: quantityRows
        .filter((q) => q.interventionSlug === row.slug)
        .map((q) => ({
          measure: q.measure,
          value: q.value,
          basis: q.basis,
          asOf: q.asOf,
          funder: q.funder,
          funderEn: q.funderEn,
          note: q.note,
          noteEn: q.noteEn,
          sources: quantitySources.get(q.claimKey) ?? [],
        })),
      relations,
      description: row.description ? { text: row.description, textEn: row.descriptionEn, sources: description.get(row.slug) ?? [] } : null,
      location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon, sources: location.get(row.slug) ?? [] } : null,
      recordSources: record.get(row.slug) ?? [],
    };
  });
}

// ---------------------------------------------------------------- catalogue

/**
 * The years an intervention spans, for the year filter: from its start (or, without one, its end)
 * to its end; an unfinished intervention without an end runs on; a finished one without an end
 * is taken to span its start year only.
 */
export function yearSpan(row: { startYear: number | null; endYear: number | null; status: string }): [number, number] | null {
  const from = row.startYear ?? row.endYear;
  if (from === null) return null;
  const open = row.status === 'planned' || row.status === 'decided' || row.status === 'ongoing';
  const to = row.endYear ?? (open ? Number.POSITIVE_INFINITY : from);
  return [from, to];
}

/** One row of the catalogue: the intervention in brief, with its areas and quantities. */
export interface InterventionSummary {
  slug: string;
  title: string;
  titleEn: string | null;
  kind: InterventionKind;
  category: InterventionCategory;
  status: { value: Status; year: number; stale: Staleness };
  start: string | null;
  end: string | null;
  startYear: number | null;
  endYear: number | null;
  areas: { slug: string; name: string }[];
  municipalities: { code: number; name: string }[];
  quantities: { measure: string; value: number; basis: 'planned' | 'completed'; asOf: number }[];
  location: { lat: number; lon: number } | null;
}

/** The SQL conditions of a catalogue filter (one rule for the pages, the API and the CSV twins). */
function filterConditions(filter: InterventionFilter, db: Db) {
  const conditions = [];
  if (filter.kind?.length) conditions.push(inArray(interventions.kind, filter.kind));
  if (filter.category?.length) conditions.push(inArray(interventions.category, filter.category));
  if (filter.status?.length) conditions.push(inArray(interventions.status, filter.status));
  if (filter.area?.length) {
    const scope = [...new Set(filter.area.flatMap((area) => areaScope(area, db)))];
    conditions.push(
      inArray(
        interventions.slug,
        db.select({ slug: interventionAreas.interventionSlug }).from(interventionAreas).where(inArray(interventionAreas.areaSlug, scope)),
      ),
    );
  }
  if (filter.municipality?.length) {
    conditions.push(
      inArray(
        interventions.slug,
        db
          .select({ slug: interventionAreas.interventionSlug })
          .from(interventionAreas)
          .innerJoin(areas, eq(areas.slug, interventionAreas.areaSlug))
          .where(inArray(areas.municipalityCode, filter.municipality)),
      ),
    );
  }
  if (filter.year !== undefined) {
    const y = filter.year;
    // Same rule as yearSpan(), in SQL so a large catalogue is filtered by the database.
    conditions.push(sql`coalesce(${interventions.startYear}, ${interventions.endYear}) <= ${y}`);
    conditions.push(
      sql`(${interventions.endYear} >= ${y} or (${interventions.endYear} is null and (${interventions.status} in ('planned','decided','ongoing') or ${interventions.startYear} = ${y})))`,
    );
  }
  return conditions.length ? and(...conditions) : undefined;
}

/** The slugs of the interventions matching the filter, chronological (unknown start last), then by title. */
export function listInterventionSlugsWhere(filter: InterventionFilter = {}, db: Db = getDb(), options: { ordered?: boolean } = {}): string[] {
  const query = db.select({ slug: interventions.slug }).from(interventions).where(filterConditions(filter, db));
  // A caller that sorts them itself (the catalogue) need not have SQLite sort them first.
  const rows = options.ordered === false ? query.all() : query.orderBy(sql`${interventions.startYear} is null`, asc(interventions.startYear), asc(interventions.title)).all();
  return rows.map((row) => row.slug);
}

/** Every intervention matching the filter, chronological (unknown start last), then by title. */
export function listInterventions(filter: InterventionFilter = {}, db: Db = getDb()): InterventionSummary[] {
  const rows = db
    .select()
    .from(interventions)
    .where(filterConditions(filter, db))
    .orderBy(sql`${interventions.startYear} is null`, asc(interventions.startYear), asc(interventions.title))
    .all();
  return summariesOf(rows, db);
}

/** The catalogue rows of the given interventions, in the order given (unknown slugs are skipped). */
export function getInterventionSummaries(slugs: readonly string[], db: Db = getDb()): InterventionSummary[] {
  const rows = chunks([...slugs]).flatMap((part) => db.select().from(interventions).where(inArray(interventions.slug, part)).all());
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return summariesOf(
    slugs.flatMap((slug) => bySlug.get(slug) ?? []),
    db,
  );
}

function summariesOf(rows: (typeof interventions.$inferSelect)[], db: Db): InterventionSummary[] {
  if (rows.length === 0) return [];
  const keys = rows.map((row) => row.slug);
  const areaRows = chunks(keys).flatMap((part) =>
    db
      .select({
        slug: interventionAreas.interventionSlug,
        area: areas.slug,
        name: areas.name,
        code: municipalities.code,
        municipality: municipalities.name,
      })
      .from(interventionAreas)
      .innerJoin(areas, eq(areas.slug, interventionAreas.areaSlug))
      .leftJoin(municipalities, eq(municipalities.code, areas.municipalityCode))
      .where(inArray(interventionAreas.interventionSlug, part))
      .orderBy(asc(areas.name))
      .all(),
  );
  const quantityRows = chunks(keys).flatMap((part) =>
    db.select().from(interventionQuantities).where(inArray(interventionQuantities.interventionSlug, part)).orderBy(asc(interventionQuantities.idx)).all(),
  );
  const areasOf = groupBy(areaRows, (row) => row.slug);
  const quantitiesOf = groupBy(quantityRows, (row) => row.interventionSlug);
  return rows.map((row) => {
    const linked = areasOf.get(row.slug) ?? [];
    const municipalityByCode = new Map<number, string>();
    for (const link of linked) if (link.code !== null) municipalityByCode.set(link.code, link.municipality ?? String(link.code));
    return {
      slug: row.slug,
      title: row.title,
      titleEn: row.titleEn,
      kind: row.kind,
      category: row.category,
      status: { value: row.status, year: row.statusYear, stale: stalenessOfRow(row) },
      start: row.startDate,
      end: row.endDate,
      startYear: row.startYear,
      endYear: row.endYear,
      areas: linked.map((link) => ({ slug: link.area, name: link.name })),
      municipalities: [...municipalityByCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'da')),
      quantities: (quantitiesOf.get(row.slug) ?? []).map((q) => ({ measure: q.measure, value: q.value, basis: q.basis, asOf: q.asOf })),
      location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    };
  });
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

/** One intervention's page: its details, its areas by name, and every source it cites. */
export interface InterventionPage extends InterventionDetail {
  areaRefs: { slug: string; name: string; municipality: string; location: AreaLocation | null }[];
  /** Without a location of its own, the area whose point the map shows it at (placementArea), else null. */
  placedAt: { slug: string; name: string; municipality: string; location: AreaLocation } | null;
  bibliography: Source[];
}

/** One intervention with its areas and bibliography, or null when there is no such intervention. */
export function getIntervention(interventionSlug: string, db: Db = getDb()): InterventionPage | null {
  const [detail] = getInterventionDetails([interventionSlug], db);
  if (!detail) return null;
  const areaRefs = detail.areas.length
    ? db
        .select({
          slug: areas.slug,
          name: areas.name,
          municipality: municipalities.name,
          lat: areas.lat,
          lon: areas.lon,
          locationPrecision: areas.locationPrecision,
          locationPlace: areas.locationPlace,
        })
        .from(areas)
        .leftJoin(municipalities, eq(municipalities.code, areas.municipalityCode))
        .where(inArray(areas.slug, detail.areas))
        .orderBy(asc(areas.name))
        .all()
        .map((row) => ({
          slug: row.slug,
          name: row.name,
          municipality: row.municipality ?? '',
          location: locationOf(row),
        }))
    : [];
  const area = detail.location ? undefined : placementArea(areaRefs);
  const placedAt = area?.location ? { ...area, location: area.location } : null;
  return { ...detail, areaRefs, placedAt, bibliography: getBibliography(detail, db) };
}

/** Every intervention slug, for prerendering. */
export function listInterventionSlugs(db: Db = getDb()): string[] {
  return db.select({ slug: interventions.slug }).from(interventions).orderBy(asc(interventions.slug)).all().map((row) => row.slug);
}

export interface FacetOption<T = string> {
  value: T;
  label: string;
  count: number;
}

/** The values the catalogue can be filtered by, each with how many interventions have it. */
export interface InterventionFacets {
  kind: FacetOption[];
  category: FacetOption[];
  status: FacetOption[];
  municipality: FacetOption<number>[];
  area: FacetOption[];
  years: { from: number; to: number } | null;
}

const facetCache = new WeakMap<Db, InterventionFacets>();

/**
 * Facet values with counts over the whole catalogue (labels of codes are the UI's business). They
 * do not depend on the query, so they are counted once per database (read-only, decision 0018).
 */
export function listInterventionFacets(db: Db = getDb()): InterventionFacets {
  let facets = facetCache.get(db);
  if (!facets) facetCache.set(db, (facets = countInterventionFacets(db)));
  return facets;
}

function countInterventionFacets(db: Db): InterventionFacets {
  const counted = (column: typeof interventions.kind | typeof interventions.category | typeof interventions.status) =>
    db
      .select({ value: column, count: sql<number>`count(*)` })
      .from(interventions)
      .groupBy(column)
      .orderBy(asc(column))
      .all()
      .map((row) => ({ value: row.value, label: row.value, count: row.count }));
  const municipalityRows = db
    .select({ value: municipalities.code, label: municipalities.name, count: sql<number>`count(distinct ${interventionAreas.interventionSlug})` })
    .from(interventionAreas)
    .innerJoin(areas, eq(areas.slug, interventionAreas.areaSlug))
    .innerJoin(municipalities, eq(municipalities.code, areas.municipalityCode))
    .groupBy(municipalities.code)
    .orderBy(asc(municipalities.name))
    .all();
  const areaRows = db
    .select({ value: areas.slug, label: areas.name, count: sql<number>`count(*)` })
    .from(interventionAreas)
    .innerJoin(areas, eq(areas.slug, interventionAreas.areaSlug))
    .groupBy(areas.slug)
    .orderBy(asc(areas.name))
    .all();
  const span = db
    .select({
      from: sql<number | null>`min(coalesce(${interventions.startYear}, ${interventions.endYear}))`,
      to: sql<number | null>`max(coalesce(${interventions.endYear}, ${interventions.startYear}))`,
    })
    .from(interventions)
    .get();
  return {
    kind: counted(interventions.kind),
    category: counted(interventions.category),
    status: counted(interventions.status),
    municipality: municipalityRows,
    area: areaRows,
    years: span && span.from !== null && span.to !== null ? { from: span.from, to: span.to } : null,
  };
}
