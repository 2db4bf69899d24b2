import { eq, inArray } from 'drizzle-orm';
import { getDb } from '../client';
import type { Db } from '../connection';
import { foldText } from '../fold';
import type { InterventionCategory, InterventionKind } from '../data-schema';
import { areaAliases, areas, interventions, municipalities, sources } from '../schema';

/** Longest query we look at; longer input is cut, never rejected (a search box must always answer). */
export const MAX_QUERY_LENGTH = 200;
const PER_GROUP = 20;

/**
 * A search turned into SQL pieces. User input never reaches FTS syntax: the query is folded
 * (DESIGN §6), which leaves only letters, digits and spaces, and each token of three or more
 * characters becomes a quoted FTS5 phrase. A query of only shorter tokens becomes word-prefix
 * lookups in `search_terms`, bound as plain values; beside long tokens, short ones are dropped.
 */
export interface SearchPlan {
  folded: string;
  /** An FTS5 MATCH expression (`"gel" AND "lerup"`), or null when no token is long enough. */
  match: string | null;
  /** Word prefixes (one or two characters) when the query has no longer token. */
  prefixes: string[];
}

export function buildSearchPlan(query: string): SearchPlan {
  const folded = foldText(query.slice(0, MAX_QUERY_LENGTH));
  const tokens = [...new Set(folded.split(' ').filter(Boolean))].slice(0, 12);
  const long = tokens.filter((token) => token.length >= 3);
  const short = tokens.filter((token) => token.length < 3);
  // Folding leaves [a-z0-9 and other letters]; quotes are doubled anyway, as FTS5 escaping requires.
  const match = long.length ? long.map((token) => `"${token.replace(/"/g, '""')}"`).join(' AND ') : null;
  // Short words beside longer ones (`af`, `i`) would only narrow the search to names: they are left out.
  const prefixes = long.length ? [] : short;
  return { folded, match, prefixes };
}

export interface AreaHit {
  slug: string;
  name: string;
  municipality: string;
  type: 'listed_area' | 'district';
  /** How it matched: its name, one of its other names (given), or other text (municipality, organisation, parts). */
  matched: 'name' | 'alias' | 'text';
  alias: string | null;
}

export interface InterventionHit {
  slug: string;
  title: string;
  titleEn: string | null;
  kind: InterventionKind;
  category: InterventionCategory;
}

export interface SourceHit {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

export interface SearchResults {
  query: string;
  areas: AreaHit[];
  interventions: InterventionHit[];
  sources: SourceHit[];
}

interface IndexRow {
  kind: string;
  slug: string;
  name: string;
  aliases: string;
  rank: number;
}

/**
 * Searches areas (names, other names, districts and parts, municipalities, housing organisations),
 * interventions (titles, descriptions, actors) and sources (titles, publishers). Results come
 * grouped by type and ranked: exact name, then name prefix, then name, then other name, then text.
 */
export function search(query: string, db: Db = getDb()): SearchResults {
  const plan = buildSearchPlan(query);
  const empty: SearchResults = { query: plan.folded, areas: [], interventions: [], sources: [] };
  if (!plan.match && plan.prefixes.length === 0) return empty;

  const client = db.$client;
  // Rank: 0 exact name, 1 name starts with the query, 2 name contains it, 3 an alias does, 4 other text.
  const rankSql = `CASE
        WHEN name = @folded THEN 0
        WHEN name LIKE @prefix ESCAPE '\\' THEN 1
        WHEN instr(name, @folded) > 0 THEN 2
        WHEN instr(aliases, @folded) > 0 THEN 3
        ELSE 4
      END`;
  const escaped = plan.folded.replace(/[\\%_]/g, (c) => `\\${c}`);
  const named = { folded: plan.folded, prefix: `${escaped}%` };
  let rows: IndexRow[];
  if (plan.match) {
    // The best 1,000 by bm25 (name over alias over text) first, so a common word never makes
    // every match of a large index go through the ranking below.
    rows = client
      .prepare(
        `WITH hits AS (SELECT rowid AS id FROM search_index WHERE search_index MATCH @match ORDER BY rank LIMIT 1000)
         SELECT kind, slug, name, aliases, ${rankSql} AS rank
         FROM search_index WHERE rowid IN (SELECT id FROM hits)
         ORDER BY rank, name LIMIT 300`,
      )
      .all({ ...named, match: plan.match }) as IndexRow[];
  } else {
    // One or two letters: a word of a name or alias starts with each of them (an index range scan),
    // the first 1,000 such documents; a two-letter query asks for suggestions, not for everything.
    const ranges = plan.prefixes.map((_, i) => `SELECT docid FROM search_terms WHERE term >= @p${i} AND term < @q${i}`).join(' INTERSECT ');
    const bounds = Object.fromEntries(
      plan.prefixes.flatMap((prefix, i) => {
        return [
          [`p${i}`, prefix],
          [`q${i}`, `${prefix}\uffff`],
        ];
      }),
    );
    rows = client
      .prepare(
        `SELECT kind, slug, name, aliases, ${rankSql} AS rank
         FROM search_index WHERE rowid IN (SELECT docid FROM (${ranges}) LIMIT 1000)
         ORDER BY rank, name LIMIT 300`,
      )
      .all({ ...named, ...bounds }) as IndexRow[];
  }

  const byKind = (kind: string) => rows.filter((row) => row.kind === kind).slice(0, PER_GROUP);
  const areaRows = byKind('area');
  const interventionRows = byKind('intervention');
  const sourceRows = byKind('source');

  const areaInfo = areaRows.length
    ? db
        .select({ slug: areas.slug, name: areas.name, type: areas.type, municipality: municipalities.name })
        .from(areas)
        .leftJoin(municipalities, eq(municipalities.code, areas.municipalityCode))
        .where(inArray(areas.slug, areaRows.map((row) => row.slug)))
        .all()
    : [];
  const aliasRows = areaRows.length
    ? db.select().from(areaAliases).where(inArray(areaAliases.areaSlug, areaRows.map((row) => row.slug))).all()
    : [];
  const tokens = plan.folded.split(' ').filter(Boolean);
  const areaBySlug = new Map(areaInfo.map((row) => [row.slug, row]));
  const areaHits: AreaHit[] = areaRows.flatMap((row) => {
    const info = areaBySlug.get(row.slug);
    if (!info) return [];
    const matched = row.rank <= 2 ? 'name' : row.rank === 3 ? 'alias' : 'text';
    const alias =
      matched === 'alias'
        ? (aliasRows.find((a) => a.areaSlug === row.slug && tokens.every((token) => foldText(a.name).includes(token)))?.name ?? null)
        : null;
    return [{ slug: info.slug, name: info.name, municipality: info.municipality ?? '', type: info.type, matched, alias }];
  });

  const interventionInfo = interventionRows.length
    ? db
        .select({ slug: interventions.slug, title: interventions.title, titleEn: interventions.titleEn, kind: interventions.kind, category: interventions.category })
        .from(interventions)
        .where(inArray(interventions.slug, interventionRows.map((row) => row.slug)))
        .all()
    : [];
  const interventionBySlug = new Map(interventionInfo.map((row) => [row.slug, row]));
  const sourceInfo = sourceRows.length
    ? db
        .select({ id: sources.id, title: sources.title, publisher: sources.publisher, url: sources.url })
        .from(sources)
        .where(inArray(sources.id, sourceRows.map((row) => row.slug)))
        .all()
    : [];
  const sourceById = new Map(sourceInfo.map((row) => [row.id, row]));

  return {
    query: plan.folded,
    areas: areaHits,
    interventions: interventionRows.flatMap((row) => interventionBySlug.get(row.slug) ?? []),
    sources: sourceRows.flatMap((row) => sourceById.get(row.slug) ?? []),
  };
}
