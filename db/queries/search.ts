import type Database from 'better-sqlite3';
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

export interface IndexRow {
  kind: string;
  slug: string;
  name: string;
  /** 0 exact name, 1 name starts with the query, 2 name contains it, 3 an alias does, 4 other text. */
  tier: number;
}

interface KindRange {
  kind: string;
  lo: number;
  hi: number;
}

/** Each kind's rowid range; the build writes the index in (kind, name) order (db/build.ts). */
const rangesByClient = new WeakMap<Database.Database, KindRange[]>();
function kindRanges(client: Database.Database): KindRange[] {
  let ranges = rangesByClient.get(client);
  if (!ranges) {
    ranges = client.prepare('SELECT kind, min(docid) AS lo, max(docid) AS hi FROM search_names GROUP BY kind ORDER BY lo').all() as KindRange[];
    rangesByClient.set(client, ranges);
  }
  return ranges;
}

const statementsByClient = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepared(client: Database.Database, sql: string): Database.Statement {
  let statements = statementsByClient.get(client);
  if (!statements) statementsByClient.set(client, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = client.prepare(sql)));
  return statement;
}

/**
 * The trigrams that stand for the query's words in `search_index_names`: each word's trigrams at
 * every third position and its last one, which cover the word. Every row that contains the words
 * has them all; the rows found are checked against the whole query with instr(), so a trigram
 * that is missing between the chosen ones can only let a candidate through, never lose a match.
 */
export function nameTrigrams(tokens: string[]): string {
  const grams = new Set<string>();
  for (const token of tokens) {
    for (let i = 0; i + 3 <= token.length; i += 3) grams.add(token.slice(i, i + 3));
    grams.add(token.slice(-3));
  }
  return [...grams].map((gram) => `"${gram.replace(/"/g, '""')}"`).join(' AND ');
}

// rowid bounds are cast: better-sqlite3 binds numbers as REAL, and FTS5 uses a rowid bound only
// when it is an INTEGER (else it reads the whole index and SQLite filters afterwards: 5× slower).
const IN_RANGE = 'BETWEEN CAST(@lo AS INTEGER) AND CAST(@hi AS INTEGER)';
/** How many name matches the one pass over every kind reads before a kind is asked on its own. */
export const NAME_PASS = 400;
const NAME_SQL = `SELECT n.docid, n.kind, n.slug, n.name, CASE WHEN instr(n.name, @folded) > 0 THEN 2 ELSE 3 END AS tier
  FROM search_index_names s JOIN search_names n ON n.docid = s.rowid
  WHERE search_index_names MATCH @grams`;

/**
 * The ranked matches of a query with words of three or more letters, at most `perKind` of each
 * kind, in order of tier and then name. Exact: the same rows as ranking every match would give.
 * Each tier is read in rowid (= name) order and only as far as it is needed:
 * 1. tiers 0–1 from the (kind, name) index of `search_names`;
 * 2. tiers 2–3 from the trigram index of names, one pass over every kind, then kind by kind where
 *    that pass stopped short (a common word);
 * 3. tier 4 from `search_index` (body text), kind by kind, only for kinds still short of `perKind`.
 */
export function rankedMatches(client: Database.Database, plan: SearchPlan & { match: string }, perKind: number, namePass = NAME_PASS): IndexRow[] {
  const folded = plan.folded;
  const tokens = folded.split(' ').filter((token) => token.length >= 3);
  const grams = nameTrigrams(tokens);
  const results = new Map<string, IndexRow[]>();
  for (const { kind } of kindRanges(client)) {
    results.set(
      kind,
      prepared(
        client,
        `SELECT kind, slug, name, CASE WHEN name = @folded THEN 0 ELSE 1 END AS tier FROM search_names
         WHERE kind = @kind AND name >= @folded AND name < @upper ORDER BY tier, name LIMIT @n`,
      ).all({ kind, folded, upper: `${folded}\uffff`, n: perKind }) as IndexRow[],
    );
  }

  // Names that contain the query but do not start with it (tier 2), then other names that do (3).
  const pass = prepared(client, `${NAME_SQL} AND (instr(n.name, @folded) > 1 OR (instr(n.name, @folded) = 0 AND instr(n.aliases, @folded) > 0)) ORDER BY s.rowid LIMIT @n`).all({
    grams,
    folded,
    n: namePass,
  }) as (IndexRow & { docid: number })[];
  const passEnd = pass.length < namePass ? Infinity : pass.at(-1)!.docid;
  for (const { kind, lo, hi } of kindRanges(client)) {
    const got = results.get(kind)!;
    const need = perKind - got.length;
    if (need <= 0) continue;
    const seen = pass.filter((row) => row.kind === kind);
    const tier2 = seen.filter((row) => row.tier === 2);
    if (hi <= passEnd) {
      got.push(...tier2.slice(0, need), ...seen.filter((row) => row.tier === 3).slice(0, need - Math.min(need, tier2.length)));
    } else if (tier2.length >= need) {
      got.push(...tier2.slice(0, need));
    } else {
      // The pass stopped inside or before this kind: read its tiers on their own, lazily.
      const range = { grams, folded, lo, hi };
      got.push(...(prepared(client, `${NAME_SQL} AND s.rowid ${IN_RANGE} AND instr(n.name, @folded) > 1 ORDER BY s.rowid LIMIT @n`).all({ ...range, n: need }) as IndexRow[]));
      if (got.length < perKind) {
        got.push(
          ...(prepared(client, `${NAME_SQL} AND s.rowid ${IN_RANGE} AND instr(n.name, @folded) = 0 AND instr(n.aliases, @folded) > 0 ORDER BY s.rowid LIMIT @n`).all({
            ...range,
            n: perKind - got.length,
          }) as IndexRow[]),
        );
      }
    }
  }

  // Other text: every word somewhere in the row, the whole query in neither name nor alias.
  for (const { kind, lo, hi } of kindRanges(client)) {
    const got = results.get(kind)!;
    if (got.length >= perKind) continue;
    got.push(
      ...(prepared(
        client,
        `SELECT kind, slug, name, 4 AS tier FROM search_index
         WHERE search_index MATCH @match AND rowid ${IN_RANGE} AND instr(name, @folded) = 0 AND instr(aliases, @folded) = 0
         ORDER BY rowid LIMIT @n`,
      ).all({ match: plan.match, folded, lo, hi, n: perKind - got.length }) as IndexRow[]),
    );
  }
  return [...results.values()].flat();
}

/**
 * Searches areas (names, other names, districts and parts, municipalities, housing organisations),
 * interventions (titles, descriptions, actors) and sources (titles, publishers). Results come
 * grouped by type and ranked: exact name, then name prefix, then name, then other name, then text;
 * within a tier by name.
 */
export function search(query: string, db: Db = getDb()): SearchResults {
  const plan = buildSearchPlan(query);
  const empty: SearchResults = { query: plan.folded, areas: [], interventions: [], sources: [] };
  if (!plan.match && plan.prefixes.length === 0) return empty;

  const client = db.$client;
  let rows: IndexRow[];
  if (plan.match) {
    rows = rankedMatches(client, { ...plan, match: plan.match }, PER_GROUP);
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
    const escaped = plan.folded.replace(/[\\%_]/g, (c) => `\\${c}`);
    rows = prepared(
      client,
      `SELECT kind, slug, name, CASE
          WHEN name = @folded THEN 0
          WHEN name LIKE @prefix ESCAPE '\\' THEN 1
          WHEN instr(name, @folded) > 0 THEN 2
          WHEN instr(aliases, @folded) > 0 THEN 3
          ELSE 4
        END AS tier
       FROM search_names WHERE docid IN (SELECT docid FROM (${ranges}) LIMIT 1000)
       ORDER BY tier, name LIMIT 300`,
    ).all({ folded: plan.folded, prefix: `${escaped}%`, ...bounds }) as IndexRow[];
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
    const matched = row.tier <= 2 ? 'name' : row.tier === 3 ? 'alias' : 'text';
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
