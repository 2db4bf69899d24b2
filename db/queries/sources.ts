import { and, asc, count, eq, inArray, max, min } from 'drizzle-orm';
import { tierOf, type Tier } from '../categories';
import { getDb } from '../client';
import { chunks } from './chunks';
import type { Db } from '../connection';
import { categoryCodes, criteriaEraIds, sourceKinds, type CategoryCode, type CriteriaEraId } from '../data-schema';
import { areas, claims, criteriaEras, interventions, lists, municipalities, sources, type Source } from '../schema';
import { parseClaimKey, type SubjectType } from '../claim-keys';

/** Source ids per subject key for one kind of fact (`area.dwellings` → `vollsmose#0` → ids). */
export function getCitations(subjectType: SubjectType, keys: readonly string[], db: Db = getDb()): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (keys.length === 0) return out;
  const rows = db
    .select({ key: claims.subjectKey, sourceId: claims.sourceId })
    .from(claims)
    .where(and(eq(claims.subjectType, subjectType), inArray(claims.subjectKey, [...keys])))
    .orderBy(asc(claims.subjectKey), asc(claims.sourceId))
    .all();
  for (const row of rows) {
    const list = out.get(row.key) ?? [];
    list.push(row.sourceId);
    out.set(row.key, list);
  }
  return out;
}

/** The sources with the given ids, in the order the ids are given. */
export function getSources(ids: readonly string[], db: Db = getDb()): Source[] {
  if (ids.length === 0) return [];
  const rows = db.select().from(sources).where(inArray(sources.id, [...ids])).all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every source id under `value` (any `sources`, `recordSources`, `totalSources` or `placeSources` array), in order of first appearance. */
export function collectSourceIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectSourceIds(item, out);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'sources' || key === 'recordSources' || key === 'totalSources' || key === 'placeSources') && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string' && !out.includes(id)) out.push(id);
      } else collectSourceIds(child, out);
    }
  }
  return out;
}

/** The sources a page cites anywhere in `content`, numbered in order of first citation. */
export function getBibliography(content: unknown, db: Db = getDb()): Source[] {
  return getSources(collectSourceIds(content), db);
}

/** What cites a source: the pages whose facts rest on it. */
export interface SourceCitedBy {
  /** Areas with a fact citing the source (including the areas of list memberships), by name. */
  areas: { slug: string; name: string }[];
  /** Interventions with a fact citing the source, by title. */
  interventions: { slug: string; title: string; titleEn: string | null }[];
  /** Lists (by date) with a fact citing the source: the list itself, a total, a membership, an event. */
  lists: string[];
  /** Eras of criteria (data/criteria.yaml) citing the source, by id. */
  criteria: { id: string; title: string }[];
  /** Municipalities whose code, name or region the source states, by code. */
  municipalities: { code: number; name: string }[];
}

/** A source with every record whose facts cite it. */
export interface SourceWithCitations extends Source {
  /** How many facts (claims) cite the source. */
  factCount: number;
  citedBy: SourceCitedBy;
}

type CitedRecord =
  | { kind: 'area'; key: string }
  | { kind: 'intervention'; key: string }
  | { kind: 'list'; key: string }
  | { kind: 'criteria'; key: string }
  | { kind: 'municipality'; key: string };

/**
 * The records a claim belongs to, from its subject type and key (see the `cite` calls in db/build.ts):
 * the record is named by the key up to its first `#` or `/`; a list membership's key
 * (`date/code/area`) names both the list and the area.
 */
function citedRecords(subjectType: SubjectType, subjectKey: string): CitedRecord[] {
  const { record, area } = parseClaimKey(subjectType, subjectKey);
  const family = subjectType.split('.')[0] as 'area' | 'intervention' | 'criteria' | 'municipality' | 'list';
  return area ? [{ kind: family, key: record }, { kind: 'area', key: area }] : [{ kind: family, key: record }];
}

const danish = new Intl.Collator('da');

const kindRank = (kind: string) => {
  const at = (sourceKinds as readonly string[]).indexOf(kind);
  return at === -1 ? sourceKinds.length : at;
};

/** The bibliography's one order: by kind (in the order of `sourceKinds`), then publisher, title and id. */
function compareSources(a: Pick<Source, 'id' | 'kind' | 'publisher' | 'title'>, b: Pick<Source, 'id' | 'kind' | 'publisher' | 'title'>): number {
  return kindRank(a.kind) - kindRank(b.kind) || danish.compare(a.publisher, b.publisher) || danish.compare(a.title, b.title) || a.id.localeCompare(b.id);
}

/**
 * The sources given (in their order) with what cites them, from the claims given. `only` limits the
 * names read to the records those claims cite (a page of the bibliography); without it every name is read.
 */
function withCitations(db: Db, sourceRows: readonly Source[], claimRows: readonly { sourceId: string; subjectType: SubjectType; subjectKey: string }[], only: boolean): SourceWithCitations[] {
  // Per source and kind of record, the set of record keys citing it.
  const cited = new Map<string, { facts: number; records: Record<CitedRecord['kind'], Set<string>> }>();
  const wanted: Record<CitedRecord['kind'], Set<string>> = { area: new Set(), intervention: new Set(), list: new Set(), criteria: new Set(), municipality: new Set() };
  for (const claim of claimRows) {
    let entry = cited.get(claim.sourceId);
    if (!entry) {
      entry = {
        facts: 0,
        records: { area: new Set(), intervention: new Set(), list: new Set(), criteria: new Set(), municipality: new Set() },
      };
      cited.set(claim.sourceId, entry);
    }
    entry.facts += 1;
    for (const record of citedRecords(claim.subjectType, claim.subjectKey)) {
      entry.records[record.kind].add(record.key);
      wanted[record.kind].add(record.key);
    }
  }

  const areaRows = only
    ? chunks([...wanted.area]).flatMap((chunk) => db.select({ slug: areas.slug, name: areas.name }).from(areas).where(inArray(areas.slug, chunk)).all())
    : db.select({ slug: areas.slug, name: areas.name }).from(areas).all();
  const areaName = new Map(areaRows.map((row) => [row.slug, row.name]));
  const interventionColumns = { slug: interventions.slug, title: interventions.title, titleEn: interventions.titleEn };
  const interventionRows = only
    ? chunks([...wanted.intervention]).flatMap((chunk) => db.select(interventionColumns).from(interventions).where(inArray(interventions.slug, chunk)).all())
    : db.select(interventionColumns).from(interventions).all();
  const interventionTitle = new Map(interventionRows.map((row) => [row.slug, row]));
  const eraTitle = new Map(db.select({ id: criteriaEras.id, title: criteriaEras.title }).from(criteriaEras).all().map((row) => [row.id, row.title]));
  const municipalityName = new Map(
    db
      .select({ code: municipalities.code, name: municipalities.name })
      .from(municipalities)
      .all()
      .map((row) => [String(row.code), row.name]),
  );

  return sourceRows.map((source) => {
    const entry = cited.get(source.id);
    const keys = (kind: CitedRecord['kind']) => [...(entry?.records[kind] ?? [])];
    return {
      ...source,
      factCount: entry?.facts ?? 0,
      citedBy: {
        areas: keys('area')
          .map((slug) => ({ slug, name: areaName.get(slug) ?? slug }))
          .sort((a, b) => danish.compare(a.name, b.name)),
        interventions: keys('intervention')
          .map((slug) => ({ slug, title: interventionTitle.get(slug)?.title ?? slug, titleEn: interventionTitle.get(slug)?.titleEn ?? null }))
          .sort((a, b) => danish.compare(a.title, b.title)),
        lists: keys('list').sort(),
        criteria: keys('criteria')
          .sort()
          .map((id) => ({ id, title: eraTitle.get(id as CriteriaEraId) ?? id })),
        municipalities: keys('municipality')
          .map((code) => ({ code: Number(code), name: municipalityName.get(code) ?? code }))
          .sort((a, b) => a.code - b.code),
      },
    };
  });
}

/**
 * Every source with what cites it, ordered by kind (in the order of `sourceKinds`), then publisher and
 * title. A constant number of queries however large the data: one for the claims, one for the
 * sources, one each for the names of areas, interventions, eras and municipalities.
 */
export function listSourcesWithCitations(db: Db = getDb()): SourceWithCitations[] {
  const claimRows = db.select({ sourceId: claims.sourceId, subjectType: claims.subjectType, subjectKey: claims.subjectKey }).from(claims).all();
  const sourceRows = db.select().from(sources).all().sort(compareSources);
  return withCitations(db, sourceRows, claimRows, false);
}

/** What the bibliography's front page counts: sources in all, those cited by a fact, per kind and per origin. */
export interface SourceCounts {
  total: number;
  used: number;
  byKind: Map<Source['kind'], number>;
  byOrigin: Record<Source['origin'], number>;
}

/** The bibliography's counts in one grouped query, without reading a single claim's record (issue 18). */
export function getSourceCounts(db: Db = getDb()): SourceCounts {
  const rows = db.$client
    .prepare(
      `SELECT kind, origin, count(*) AS n, sum(EXISTS (SELECT 1 FROM claims WHERE claims.source_id = sources.id)) AS used
       FROM sources GROUP BY kind, origin`,
    )
    .all() as { kind: Source['kind']; origin: Source['origin']; n: number; used: number }[];
  const counts: SourceCounts = { total: 0, used: 0, byKind: new Map(), byOrigin: { primary: 0, mirror: 0, 're-host': 0 } };
  for (const row of rows) {
    counts.total += row.n;
    counts.used += row.used;
    counts.byKind.set(row.kind, (counts.byKind.get(row.kind) ?? 0) + row.n);
    counts.byOrigin[row.origin] += row.n;
  }
  return counts;
}

const kindOrders = new WeakMap<Db, Map<string, string[]>>();

/**
 * The ids of the sources of each kind, in the bibliography's order: read and sorted once per
 * database (it is read-only), so a page of a kind reads only its own sources (issue 18).
 */
export function sourceIdsByKind(db: Db = getDb()): Map<string, string[]> {
  let byKind = kindOrders.get(db);
  if (!byKind) {
    const rows = db.select({ id: sources.id, kind: sources.kind, publisher: sources.publisher, title: sources.title }).from(sources).all().sort(compareSources);
    byKind = new Map();
    for (const row of rows) {
      const ids = byKind.get(row.kind) ?? [];
      ids.push(row.id);
      byKind.set(row.kind, ids);
    }
    kindOrders.set(db, byKind);
  }
  return byKind;
}

/** The sources with the given ids (in that order) with what cites them, reading only their own claims and names. */
export function getSourcesWithCitations(ids: readonly string[], db: Db = getDb()): SourceWithCitations[] {
  const sourceRows = getSources(ids, db);
  const claimRows = chunks(ids).flatMap((chunk) =>
    db.select({ sourceId: claims.sourceId, subjectType: claims.subjectType, subjectKey: claims.subjectKey }).from(claims).where(inArray(claims.sourceId, chunk)).all(),
  );
  return withCitations(db, sourceRows, claimRows, true);
}

/** One era of criteria behind the state's lists, with the lists computed under it. */
export interface CriteriaEraDetail {
  id: string;
  title: string;
  titleEn: string | null;
  rule: string;
  ruleEn: string | null;
  minResidents: number | null;
  criteria: { key: string; description: string; descriptionEn: string | null; threshold: number | null }[];
  /** The official categories the era defines, each with the harmonised tier it maps to (DESIGN §2). */
  categories: { code: string; rule: string; ruleEn: string | null; tier: Tier | null }[];
  /** The first and last list computed under the era (its start is its first list), or null without lists. */
  firstList: string | null;
  lastList: string | null;
  listCount: number;
  sources: string[];
}

const isEraId = (id: string): id is CriteriaEraId => (criteriaEraIds as readonly string[]).includes(id);
const isCategoryCode = (code: string): code is CategoryCode => (categoryCodes as readonly string[]).includes(code);

/** Every era of criteria, oldest first, with its rule, thresholds, categories and their tiers. */
export function listCriteriaEras(db: Db = getDb()): CriteriaEraDetail[] {
  const eraRows = db.select().from(criteriaEras).orderBy(asc(criteriaEras.id)).all();
  const spans = new Map(
    db
      .select({ era: lists.criteriaEra, first: min(lists.date), last: max(lists.date), n: count() })
      .from(lists)
      .groupBy(lists.criteriaEra)
      .all()
      .map((row) => [row.era, row]),
  );
  const eraSources = getCitations('criteria', eraRows.map((era) => era.id), db);
  return eraRows.map((era) => {
    const span = spans.get(era.id);
    const criteria = JSON.parse(era.criteriaJson) as { key: string; description: string; descriptionEn?: string; threshold: number | null }[];
    const categories = JSON.parse(era.categoriesJson) as { code: string; rule: string; ruleEn?: string }[];
    return {
      id: era.id,
      title: era.title,
      titleEn: era.titleEn,
      rule: era.rule,
      ruleEn: era.ruleEn,
      minResidents: era.minResidents,
      criteria: criteria.map(({ key, description, descriptionEn, threshold }) => ({ key, description, descriptionEn: descriptionEn ?? null, threshold })),
      categories: categories.map(({ code, rule, ruleEn }) => ({
        code,
        rule,
        ruleEn: ruleEn ?? null,
        tier: isEraId(era.id) && isCategoryCode(code) ? tierOf(code, era.id) : null,
      })),
      firstList: span?.first ?? null,
      lastList: span?.last ?? null,
      listCount: span?.n ?? 0,
      sources: eraSources.get(era.id) ?? [],
    };
  });
}
