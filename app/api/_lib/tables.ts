import { listAreaRows } from '@/db/queries/areas';
import { listClaimRows, listSourceRows } from '@/db/queries/exports';
import { getInterventionDetails, listInterventions } from '@/db/queries/interventions';
import { staleReasonsOf } from '@/db/stale';
import { listLists, listMembershipRows } from '@/db/queries/lists';
import { listAreaProgress, type ProgressFigure } from '@/db/queries/progress';
import type { CsvValue } from './csv';
import { type AreaFilter, type InterventionFilter, type MembershipFilter } from '@/db/queries/filters';

/** A table as the CSV downloads write it: a file name, stable column names and rows. */
export interface CsvTable {
  filename: string;
  columns: readonly string[];
  rows: Record<string, CsvValue>[];
}

/** One row per area (the /omraader table). */
export function areasTable(filter: AreaFilter = {}): CsvTable {
  return {
    filename: 'boligatlas-areas.csv',
    columns: [
      'slug',
      'name',
      'type',
      'part_of',
      'municipality_code',
      'municipality_name',
      'region',
      'lat',
      'lon',
      'list_dates',
      'last_listed_date',
      'last_listed_categories',
      'interventions_physical',
      'interventions_social',
      'interventions_policy',
    ],
    rows: listAreaRows(filter).map((area) => ({
      slug: area.slug,
      name: area.name,
      type: area.type,
      part_of: area.partOf,
      municipality_code: area.municipality.code,
      municipality_name: area.municipality.name,
      region: area.municipality.region,
      lat: area.location?.lat,
      lon: area.location?.lon,
      list_dates: area.listDates,
      last_listed_date: area.lastListed?.date,
      last_listed_categories: area.lastListed?.codes,
      interventions_physical: area.interventionCounts.physical,
      interventions_social: area.interventionCounts.social,
      interventions_policy: area.interventionCounts.policy,
    })),
  };
}

/** One row per area, list and official category. */
export function membershipsTable(filter: MembershipFilter = {}): CsvTable {
  return {
    filename: 'boligatlas-list-memberships.csv',
    columns: ['list_date', 'category', 'tier', 'area', 'area_name', 'municipality', 'category_complete', 'basis', 'derivation', 'derivation_en', 'note', 'note_en', 'source_ids'],
    rows: listMembershipRows(filter).map((row) => ({
      list_date: row.listDate,
      category: row.category,
      tier: row.tier,
      area: row.area,
      area_name: row.areaName,
      municipality: row.municipality,
      category_complete: row.categoryComplete,
      basis: row.basis,
      derivation: row.derivation,
      derivation_en: row.derivationEn,
      note: row.note,
      note_en: row.noteEn,
      source_ids: row.sources,
    })),
  };
}

/** One row per list and category. */
export function listsTable(): CsvTable {
  return {
    filename: 'boligatlas-lists.csv',
    columns: ['date', 'title', 'title_en', 'criteria', 'category', 'published_total', 'names_found', 'complete'],
    rows: listLists().flatMap((list) =>
      list.categories.map((category) => ({
        date: list.date,
        title: list.title,
        title_en: list.titleEn,
        criteria: list.criteriaEra,
        category: category.code,
        published_total: category.publishedTotal,
        names_found: category.named,
        complete: category.complete,
      })),
    ),
  };
}

/** One row per intervention (the /indsatser catalogue). */
export function interventionsTable(filter: InterventionFilter = {}): CsvTable {
  return {
    filename: 'boligatlas-interventions.csv',
    columns: [
      'slug',
      'title',
      'title_en',
      'kind',
      'category',
      'status',
      'status_year',
      'stale',
      'stale_reasons',
      'start',
      'end',
      'start_year',
      'end_year',
      'areas',
      'area_names',
      'municipality_codes',
      'municipality_names',
      'lat',
      'lon',
    ],
    rows: listInterventions(filter).map((row) => ({
      slug: row.slug,
      title: row.title,
      title_en: row.titleEn,
      kind: row.kind,
      category: row.category,
      status: row.status.value,
      status_year: row.status.year,
      stale: row.status.stale.stale,
      stale_reasons: staleReasonsOf(row.status.stale),
      start: row.start,
      end: row.end,
      start_year: row.startYear,
      end_year: row.endYear,
      areas: row.areas.map((area) => area.slug),
      area_names: row.areas.map((area) => area.name),
      municipality_codes: row.municipalities.map((m) => m.code),
      municipality_names: row.municipalities.map((m) => m.name),
      lat: row.location?.lat,
      lon: row.location?.lon,
    })),
  };
}

/** One row per quantity, planned apart from completed, with its sources. */
export function quantitiesTable(filter: InterventionFilter = {}): CsvTable {
  const details = getInterventionDetails(listInterventions(filter).map((row) => row.slug));
  return {
    filename: 'boligatlas-quantities.csv',
    columns: ['intervention', 'title', 'title_en', 'areas', 'measure', 'value', 'basis', 'as_of', 'funder', 'funder_en', 'note', 'note_en', 'source_ids'],
    rows: details.flatMap((detail) =>
      detail.quantities.map((quantity) => ({
        intervention: detail.slug,
        title: detail.title,
        title_en: detail.titleEn,
        areas: detail.areas,
        measure: quantity.measure,
        value: quantity.value,
        basis: quantity.basis,
        as_of: quantity.asOf,
        funder: quantity.funder,
        funder_en: quantity.funderEn,
        note: quantity.note,
        note_en: quantity.noteEn,
        source_ids: quantity.sources,
      })),
    ),
  };
}

/** One row per claim: which source states which fact, with the source's columns. */
export function claimsTable(): CsvTable {
  return {
    filename: 'boligatlas-claims.csv',
    columns: ['subject_type', 'subject_key', 'source_id', 'source_url', 'source_title', 'source_publisher', 'source_published'],
    rows: listClaimRows().map((row) => ({
      subject_type: row.subjectType,
      subject_key: row.subjectKey,
      source_id: row.sourceId,
      source_url: row.sourceUrl,
      source_title: row.sourceTitle,
      source_publisher: row.sourcePublisher,
      source_published: row.sourcePublished,
    })),
  };
}

/** One row per source. */
export function sourcesTable(): CsvTable {
  return {
    filename: 'boligatlas-sources.csv',
    columns: ['id', 'url', 'title', 'publisher', 'published', 'accessed', 'language', 'kind', 'origin'],
    rows: listSourceRows().map((source) => ({ ...source })),
  };
}

/** Every table of the zip download. */
/** Planned against done per area and measure (the /udviklingsplaner figures), never summed across bases. */
export function progressTable(): CsvTable {
  const years = (figure: ProgressFigure | null) => (figure ? (figure.asOf.from === figure.asOf.to ? String(figure.asOf.from) : `${figure.asOf.from}-${figure.asOf.to}`) : null);
  const sources = (figure: ProgressFigure | null) => (figure ? [...new Set(figure.contributions.flatMap((c) => c.sources))] : []);
  return {
    filename: 'boligatlas-progress.csv',
    columns: ['area', 'area_name', 'development_plans', 'measure', 'planned', 'planned_as_of', 'planned_sources', 'completed', 'completed_as_of', 'completed_sources'],
    rows: listAreaProgress().flatMap((row) =>
      row.measures.map((m) => ({
        area: row.area.slug,
        area_name: row.area.name,
        development_plans: row.plans,
        measure: m.measure,
        planned: m.planned?.value,
        planned_as_of: years(m.planned),
        planned_sources: sources(m.planned),
        completed: m.completed?.value,
        completed_as_of: years(m.completed),
        completed_sources: sources(m.completed),
      })),
    ),
  };
}

export function allTables(): CsvTable[] {
  return [areasTable(), listsTable(), membershipsTable(), interventionsTable(), quantitiesTable(), progressTable(), claimsTable(), sourcesTable()];
}
