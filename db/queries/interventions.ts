import { asc, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import type { Db } from '../connection';
import { interventionActors, interventionAreas, interventionQuantities, interventionRelations, interventions } from '../schema';
import { getCitations } from './sources';

export interface InterventionQuantity {
  measure: string;
  value: number;
  basis: 'planned' | 'completed';
  asOf: number;
  funder: string | null;
  note: string | null;
  sources: string[];
}

export interface InterventionRelation {
  type: string;
  /** `outgoing`: this intervention → target; `incoming`: another intervention → this one. */
  direction: 'outgoing' | 'incoming';
  slug: string;
  title: string;
  kind: string;
  sources: string[];
}

/** One intervention with every fact and the sources that state it. */
export interface InterventionDetail {
  slug: string;
  title: string;
  kind: string;
  category: string;
  status: { value: string; year: number; sources: string[] };
  start: { date: string; sources: string[] } | null;
  end: { date: string; sources: string[] } | null;
  startYear: number | null;
  endYear: number | null;
  areas: string[];
  actors: { name: string; role: string; sources: string[] }[];
  quantities: InterventionQuantity[];
  relations: InterventionRelation[];
  description: { text: string; sources: string[] } | null;
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
    ? db.select({ slug: interventions.slug, title: interventions.title, kind: interventions.kind }).from(interventions).where(inArray(interventions.slug, related)).all()
    : [];
  const relatedBySlug = new Map(relatedRows.map((row) => [row.slug, row]));

  const cite = (type: string, subjectKeys: string[]) => getCitations(type, subjectKeys, db);
  const record = cite('intervention', keys);
  const status = cite('intervention.status', keys);
  const start = cite('intervention.start', keys);
  const end = cite('intervention.end', keys);
  const description = cite('intervention.description', keys);
  const actorSources = cite('intervention.actor', actorRows.map((r) => `${r.interventionSlug}#${r.idx}`));
  const quantitySources = cite('intervention.quantity', quantityRows.map((r) => `${r.interventionSlug}#${r.idx}`));
  const relationSources = cite('intervention.relation', [...outgoing, ...incoming].map((r) => `${r.fromSlug}#${r.idx}`));

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
      kind: relatedBySlug.get(other)?.kind ?? '',
      sources: relationSources.get(`${r.fromSlug}#${r.idx}`) ?? [],
    }));
    return {
      slug: row.slug,
      title: row.title,
      kind: row.kind,
      category: row.category,
      status: { value: row.status, year: row.statusYear, sources: status.get(row.slug) ?? [] },
      start: row.startDate ? { date: row.startDate, sources: start.get(row.slug) ?? [] } : null,
      end: row.endDate ? { date: row.endDate, sources: end.get(row.slug) ?? [] } : null,
      startYear: row.startYear,
      endYear: row.endYear,
      areas: areaRows.filter((a) => a.interventionSlug === row.slug).map((a) => a.areaSlug).sort(),
      actors: actorRows
        .filter((a) => a.interventionSlug === row.slug)
        .map((a) => ({ name: a.name, role: a.role, sources: actorSources.get(`${a.interventionSlug}#${a.idx}`) ?? [] })),
      quantities: quantityRows
        .filter((q) => q.interventionSlug === row.slug)
        .map((q) => ({
          measure: q.measure,
          value: q.value,
          basis: q.basis,
          asOf: q.asOf,
          funder: q.funder,
          note: q.note,
          sources: quantitySources.get(`${q.interventionSlug}#${q.idx}`) ?? [],
        })),
      relations,
      description: row.description ? { text: row.description, sources: description.get(row.slug) ?? [] } : null,
      recordSources: record.get(row.slug) ?? [],
    };
  });
}
