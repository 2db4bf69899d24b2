/**
 * The database schema: derived from data/ by db/build.ts, read by db/queries/*.
 * Every fact row can be traced to its sources through `claims` (subject type + key → source).
 */
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { tiers } from './categories';
import { subjectTypes } from './claim-keys';
import {
  actorRoles,
  aliasKinds,
  areaTypes,
  boundaryPrecisions,
  categoryCodes,
  criteriaEraIds,
  interventionCategories,
  interventionKinds,
  locationPrecisions,
  measures,
  membershipBases,
  regions,
  relationTypes,
  sourceKinds,
  sourceOrigins,
  sourceLanguages,
  statuses,
} from './data-schema';

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  title: text('title').notNull(),
  publisher: text('publisher').notNull(),
  published: text('published'),
  accessed: text('accessed').notNull(),
  language: text('language', { enum: sourceLanguages }).notNull(),
  kind: text('kind', { enum: sourceKinds }).notNull(),
  origin: text('origin', { enum: sourceOrigins }).notNull(),
});

export const municipalities = sqliteTable('municipalities', {
  code: integer('code').primaryKey(),
  name: text('name').notNull(),
  region: text('region', { enum: regions }).notNull(),
  /** Who's On First's label point of the kommune, and its record id (data/gazetteer/). */
  lat: real('lat'),
  lon: real('lon'),
  wofId: integer('wof_id'),
  /** The official boundary as GeoJSON geometry, simplified for display at build. */
  boundaryJson: text('boundary_json'),
});

export const criteriaEras = sqliteTable('criteria_eras', {
  id: text('id', { enum: criteriaEraIds }).primaryKey(),
  title: text('title').notNull(),
  titleEn: text('title_en'),
  minResidents: integer('min_residents'),
  rule: text('rule').notNull(),
  ruleEn: text('rule_en'),
  criteriaJson: text('criteria_json').notNull(),
  categoriesJson: text('categories_json').notNull(),
});

export const areas = sqliteTable(
  'areas',
  {
    slug: text('slug').primaryKey(),
    name: text('name').notNull(),
    type: text('type', { enum: areaTypes }).notNull(),
    partOf: text('part_of'),
    municipalityCode: integer('municipality_code').notNull(),
    town: text('town'),
    builtFrom: integer('built_from'),
    builtTo: integer('built_to'),
    lat: real('lat'),
    lon: real('lon'),
    /** How well the point is known (`area` … `municipality`) and the place a coarse point stands for. */
    locationPrecision: text('location_precision', { enum: locationPrecisions }),
    locationPlace: text('location_place'),
    /** The area's boundary (decision 0016): the polygon record it cites (`boundaries.source`), `area` or `district`, and the district's name. */
    boundarySource: text('boundary_source'),
    boundaryPrecision: text('boundary_precision', { enum: boundaryPrecisions }),
    boundaryPlace: text('boundary_place'),
    summary: text('summary'),
    summaryEn: text('summary_en'),
    linksJson: text('links_json').notNull(),
  },
  (table) => [index('areas_part_of_idx').on(table.partOf)],
);

/**
 * The boundary polygons that areas cite, once each however many areas share one (a bydel holds
 * several): from data/gazetteer/boundaries.geojson, keyed by the id of the source record they come from.
 */
export const boundaries = sqliteTable('boundaries', {
  source: text('source').primaryKey(),
  name: text('name').notNull(),
  municipalityCode: integer('municipality_code'),
  /** The polygon as GeoJSON geometry (lon/lat), as simplified by scripts/gazetteer.ts. */
  geometryJson: text('geometry_json').notNull(),
});

export const areaAliases = sqliteTable(
  'area_aliases',
  {
    areaSlug: text('area_slug').notNull(),
    idx: integer('idx').notNull(),
    /** The fact's claim key (db/claim-keys.ts): stable when the YAML list is reordered. */
    claimKey: text('claim_key').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: aliasKinds }).notNull(),
    /** For a former name: the year the area took its present name. */
    year: integer('year'),
  },
  (table) => [primaryKey({ columns: [table.areaSlug, table.idx] })],
);

export const areaHousingOrganisations = sqliteTable(
  'area_housing_organisations',
  {
    areaSlug: text('area_slug').notNull(),
    idx: integer('idx').notNull(),
    /** The fact's claim key (db/claim-keys.ts): stable when the YAML list is reordered. */
    claimKey: text('claim_key').notNull(),
    name: text('name').notNull(),
    departmentsJson: text('departments_json').notNull(),
  },
  (table) => [primaryKey({ columns: [table.areaSlug, table.idx] })],
);

/** Dwellings and residents, each figure with the year it refers to. */
export const areaObservations = sqliteTable(
  'area_observations',
  {
    areaSlug: text('area_slug').notNull(),
    measure: text('measure', { enum: ['dwellings', 'residents'] }).notNull(),
    idx: integer('idx').notNull(),
    /** The fact's claim key (db/claim-keys.ts): stable when the YAML list is reordered. */
    claimKey: text('claim_key').notNull(),
    value: integer('value').notNull(),
    year: integer('year').notNull(),
    note: text('note'),
    noteEn: text('note_en'),
  },
  (table) => [primaryKey({ columns: [table.areaSlug, table.measure, table.idx] })],
);

export const lists = sqliteTable('lists', {
  date: text('date').primaryKey(),
  /** The official title as published, or null when no source we read gives it. */
  title: text('title'),
  titleEn: text('title_en'),
  criteriaEra: text('criteria_era', { enum: criteriaEraIds }).notNull(),
});

export const listCategories = sqliteTable(
  'list_categories',
  {
    listDate: text('list_date').notNull(),
    code: text('code', { enum: categoryCodes }).notNull(),
    publishedTotal: integer('published_total'),
    complete: integer('complete', { mode: 'boolean' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.listDate, table.code] })],
);

export const listMemberships = sqliteTable(
  'list_memberships',
  {
    listDate: text('list_date').notNull(),
    categoryCode: text('category_code', { enum: categoryCodes }).notNull(),
    areaSlug: text('area_slug').notNull(),
    tier: text('tier', { enum: tiers }).notNull(),
    basis: text('basis', { enum: membershipBases }).notNull(),
    derivation: text('derivation'),
    derivationEn: text('derivation_en'),
    figuresJson: text('figures_json'),
    note: text('note'),
    noteEn: text('note_en'),
  },
  (table) => [
    primaryKey({ columns: [table.listDate, table.categoryCode, table.areaSlug] }),
    index('list_memberships_area_idx').on(table.areaSlug),
  ],
);

export const listEvents = sqliteTable(
  'list_events',
  {
    listDate: text('list_date').notNull(),
    idx: integer('idx').notNull(),
    /** The fact's claim key (db/claim-keys.ts): stable when the YAML list is reordered. */
    claimKey: text('claim_key').notNull(),
    date: text('date').notNull(),
    description: text('description').notNull(),
    descriptionEn: text('description_en'),
  },
  (table) => [primaryKey({ columns: [table.listDate, table.idx] })],
);

export const interventions = sqliteTable(
  'interventions',
  {
    slug: text('slug').primaryKey(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    kind: text('kind', { enum: interventionKinds }).notNull(),
    category: text('category', { enum: interventionCategories }).notNull(),
    status: text('status', { enum: statuses }).notNull(),
    statusYear: integer('status_year').notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    startYear: integer('start_year'),
    endYear: integer('end_year'),
    description: text('description'),
    descriptionEn: text('description_en'),
    lat: real('lat'),
    lon: real('lon'),
    /** Computed at build by db/stale.ts: the status was confirmed long ago, or the planned end has passed. */
    staleConfirmation: integer('stale_confirmation', { mode: 'boolean' }).notNull().default(false),
    staleEndPassed: integer('stale_end_passed', { mode: 'boolean' }).notNull().default(false),
  },
  // The catalogue's facets in one covering index: a filter on kind, category, status or years reads
  // the index alone, not the wide rows (46 → 2 ms for kind and category at 100×, issue 18).
  (table) => [index('interventions_facets_idx').on(table.kind, table.category, table.status, table.startYear, table.endYear, table.slug)],
);

export const interventionAreas = sqliteTable(
  'intervention_areas',
  {
    interventionSlug: text('intervention_slug').notNull(),
    areaSlug: text('area_slug').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.interventionSlug, table.areaSlug] }),
    index('intervention_areas_area_idx').on(table.areaSlug),
  ],
);

export const interventionActors = sqliteTable(
  'intervention_actors',
  {
    interventionSlug: text('intervention_slug').notNull(),
    idx: integer('idx').notNull(),
    /** The fact's claim key (db/claim-keys.ts): stable when the YAML list is reordered. */
    claimKey: text('claim_key').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: actorRoles }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.interventionSlug, table.idx] })],
);

export const interventionQuantities = sqliteTable(
  'intervention_quantities',
  {
    interventionSlug: text('intervention_slug').notNull(),
    idx: integer('idx').notNull(),
    /** The fact's claim key (db/claim-keys.ts): stable when the YAML list is reordered. */
    claimKey: text('claim_key').notNull(),
    measure: text('measure', { enum: measures }).notNull(),
    value: real('value').notNull(),
    basis: text('basis', { enum: ['planned', 'completed'] }).notNull(),
    asOf: integer('as_of').notNull(),
    funder: text('funder'),
    funderEn: text('funder_en'),
    note: text('note'),
    noteEn: text('note_en'),
  },
  (table) => [primaryKey({ columns: [table.interventionSlug, table.idx] })],
);

export const interventionRelations = sqliteTable(
  'intervention_relations',
  {
    fromSlug: text('from_slug').notNull(),
    idx: integer('idx').notNull(),
    /** The fact's claim key (db/claim-keys.ts): stable when the YAML list is reordered. */
    claimKey: text('claim_key').notNull(),
    type: text('type', { enum: relationTypes }).notNull(),
    toSlug: text('to_slug').notNull(),
  },
  (table) => [primaryKey({ columns: [table.fromSlug, table.idx] }), index('intervention_relations_to_idx').on(table.toSlug)],
);

/**
 * Claim-level citations: which sources state a given fact. `subjectType` names the fact
 * (`area.dwellings`, `intervention.quantity`, `list.membership`, …) and `subjectKey` the fact
 * (`vollsmose#2019:8477`, `2022-12-01/omdannelse/mjoelnerparken`, …); see db/claim-keys.ts.
 */
export const claims = sqliteTable(
  'claims',
  {
    subjectType: text('subject_type', { enum: subjectTypes }).notNull(),
    subjectKey: text('subject_key').notNull(),
    sourceId: text('source_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.subjectType, table.subjectKey, table.sourceId] }),
    index('claims_source_idx').on(table.sourceId),
  ],
);

/** Build metadata: data version (content hash) and build time. */
/**
 * Word-prefix lookup for short queries (one or two letters), which FTS5's trigram index cannot
 * serve: every word of an indexed name or alias, pointing at its `search_index` row.
 */
export const searchTerms = sqliteTable(
  'search_terms',
  {
    term: text('term').notNull(),
    docid: integer('docid').notNull(),
  },
  (table) => [index('search_terms_term_idx').on(table.term)],
);

/**
 * The name and other names of every `search_index` row (same rowid), for the name tiers of a search:
 * an index range gives the exact and prefix matches, and `search_index_names` (a contentless
 * trigram index over these two columns) the names that contain the query. Rows are written in
 * (kind, name) order, so rowid order is name order within a kind (see db/queries/search.ts).
 */
export const searchNames = sqliteTable(
  'search_names',
  {
    docid: integer('docid').primaryKey(),
    kind: text('kind').notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    aliases: text('aliases').notNull(),
  },
  (table) => [index('search_names_kind_name_idx').on(table.kind, table.name)],
);

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export type Source = typeof sources.$inferSelect;
export type Municipality = typeof municipalities.$inferSelect;
export type CriteriaEra = typeof criteriaEras.$inferSelect;
export type Area = typeof areas.$inferSelect;
export type AreaAlias = typeof areaAliases.$inferSelect;
export type AreaObservation = typeof areaObservations.$inferSelect;
export type List = typeof lists.$inferSelect;
export type ListCategory = typeof listCategories.$inferSelect;
export type ListMembership = typeof listMemberships.$inferSelect;
export type Intervention = typeof interventions.$inferSelect;
export type InterventionQuantity = typeof interventionQuantities.$inferSelect;
export type InterventionRelation = typeof interventionRelations.$inferSelect;
export type Claim = typeof claims.$inferSelect;
