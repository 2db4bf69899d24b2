/**
 * data/ → SQLite. Validates first; writes nothing unless every file is valid; writes a temp file
 * and renames it over the database only when it is complete, so the last good database stays in
 * place whatever happens half-way.
 */
import { qualityReport } from './quality';
import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { tierOf } from './categories';
import { foldText } from './fold';
import { municipalityFeatures } from './geo-check';
import { stalenessOf } from './stale';
import { identityOf, itemKeys, membershipKey, totalKey, type SubjectType } from './claim-keys';
import { formatIssue, loadData, type DataIssue, type Dataset } from './load';
import * as schema from './schema';

const here = path.dirname(fileURLToPath(import.meta.url));
export const migrationsFolder = path.join(here, 'migrations');

export class DataValidationError extends Error {
  constructor(readonly issues: DataIssue[]) {
    super(`${issues.length} problem${issues.length === 1 ? '' : 's'} in the data:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataValidationError';
  }
}

export interface BuildOptions {
  dataDir: string;
  outPath: string;
  /** How file paths appear in messages (default `data`). */
  label?: string;
  /** The year the build counts as now, for stale statuses (default: this year, UTC; tests fix it). */
  buildYear?: number;
  /** Called after the temp database is written and before the rename (used by tests). */
  beforeRename?: (tempPath: string) => void;
}

export interface BuildResult {
  outPath: string;
  dataVersion: string;
  counts: Record<string, number>;
}

/**
 * The data version: a hash of every data file's path and content, stable across machines. A
 * byte-order mark and Windows line endings do not change the content, so they do not change the version.
 */
export function dataVersionOf(data: Dataset): string {
  const hash = createHash('sha256');
  for (const [file, text] of [...data.files.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(file).update('\0').update(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * How far the kommune boundaries are simplified for the map: the share of points kept, the most
 * significant by weight. About one point in seventeen keeps the shapes recognisable at country and region zoom and
 * /api/municipalities.geojson small (its size is in the bench).
 */
export const MUNICIPALITY_DISPLAY_KEEP = 0.06;

/** Five decimals (about 1 m) are more than a simplified boundary can use. */
function roundGeometry(geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon): GeoJSON.Polygon | GeoJSON.MultiPolygon {
  const round = (position: GeoJSON.Position) => position.map((value) => Math.round(value * 1e5) / 1e5);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(round)) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(round))) };
}

const yearOf = (date: string | undefined | null): number | null => (date ? Number(date.slice(0, 4)) : null);

/** Validates `dataDir` and writes the database to `outPath` atomically; throws DataValidationError. */
export function buildDatabase(options: BuildOptions): BuildResult {
  const { data, issues } = loadData(options.dataDir, options.label);
  if (issues.length > 0) throw new DataValidationError(issues);

  const tempPath = `${options.outPath}.tmp-${process.pid}-${Date.now()}`;
  try {
    const dataVersion = dataVersionOf(data);
    const counts = writeDatabase(tempPath, data, dataVersion, options.buildYear ?? new Date().getUTCFullYear());
    options.beforeRename?.(tempPath);
    renameSync(tempPath, options.outPath);
    return { outPath: options.outPath, dataVersion, counts };
  } finally {
    if (existsSync(tempPath)) rmSync(tempPath);
    for (const suffix of ['-wal', '-shm', '-journal']) {
      if (existsSync(tempPath + suffix)) rmSync(tempPath + suffix);
    }
  }
}

function writeDatabase(file: string, data: Dataset, dataVersion: string, buildYear: number): Record<string, number> {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = DELETE');
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });

    const claimRows: schema.Claim[] = [];
    const cite = (subjectType: SubjectType, subjectKey: string, sourceIds: readonly string[] | undefined) => {
      for (const sourceId of new Set(sourceIds ?? [])) claimRows.push({ subjectType, subjectKey, sourceId });
    };
    const searchRows: { kind: string; slug: string; name: string; aliases: string; body: string }[] = [];
    const municipalityName = new Map(data.municipalities.map((m) => [m.code, m.name]));
    const areaName = new Map(data.areas.map((a) => [a.slug, a.name]));

    db.transaction((tx) => {
      // In chunks: one INSERT with every source would pass SQLite's limit of bound variables
      // (and drizzle's argument spread) at a few thousand sources.
      for (let i = 0; i < data.sources.length; i += 500) tx.insert(schema.sources).values(data.sources.slice(i, i + 500)).run();
      // Gazetteer records are citations of a point, not reading: search would only echo place names.
      for (const source of data.sources.filter((s) => s.kind !== 'gazetteer')) {
        searchRows.push({ kind: 'source', slug: source.id, name: foldText(source.title), aliases: '', body: foldText(source.publisher) });
      }

      // The kommune boundaries, simplified for display (the checks in load.ts use the full extract).
      const shapes = new Map(
        (data.gazetteer.municipalityTopology ? municipalityFeatures(data.gazetteer.municipalityTopology, MUNICIPALITY_DISPLAY_KEEP) : []).map((f) => [f.properties.code, f]),
      );
      for (const m of data.municipalities) {
        const shape = shapes.get(m.code);
        tx.insert(schema.municipalities)
          .values({
            code: m.code,
            name: m.name,
            region: m.region,
            lat: shape?.properties.lat ?? null,
            lon: shape?.properties.lon ?? null,
            wofId: shape?.properties.wofId ?? null,
            boundaryJson: shape ? JSON.stringify(roundGeometry(shape.geometry)) : null,
          })
          .run();
        cite('municipality', String(m.code), m.sources);
        if (shape) cite('municipality.boundary', String(m.code), [`wof-${shape.properties.wofId}`]);
      }

      // The cited boundary polygons, once each; an area names its polygon by the source it comes from (the cross-check made sure there is exactly one).
      for (const boundary of data.gazetteer.boundaries) {
        tx.insert(schema.boundaries)
          .values({ source: boundary.properties.source, name: boundary.properties.name, municipalityCode: boundary.properties.municipality, geometryJson: JSON.stringify(boundary.geometry) })
          .run();
      }
      const polygonSources = new Set(data.gazetteer.boundaries.map((boundary) => boundary.properties.source));
      const polygonOf = (sources: readonly string[]) => sources.find((id) => polygonSources.has(id)) ?? null;

      for (const era of data.criteria) {
        tx.insert(schema.criteriaEras)
          .values({
            id: era.id,
            title: era.title,
            titleEn: era.titleEn ?? null,
            minResidents: era.minResidents,
            rule: era.rule,
            ruleEn: era.ruleEn ?? null,
            criteriaJson: JSON.stringify(era.criteria),
            categoriesJson: JSON.stringify(era.categories),
          })
          .run();
        cite('criteria', era.id, era.sources);
      }

      for (const area of data.areas) {
        tx.insert(schema.areas)
          .values({
            slug: area.slug,
            name: area.name,
            type: area.type,
            partOf: area.partOf,
            municipalityCode: area.municipality,
            town: area.town,
            builtFrom: area.built?.from ?? null,
            builtTo: area.built?.to ?? null,
            lat: area.location?.lat ?? null,
            lon: area.location?.lon ?? null,
            locationPrecision: area.location?.precision ?? null,
            locationPlace: area.location?.place ?? null,
            boundarySource: area.boundary ? polygonOf(area.boundary.sources) : null,
            boundaryPrecision: area.boundary?.precision ?? null,
            boundaryPlace: area.boundary?.place ?? null,
            summary: area.summary?.text ?? null,
            summaryEn: area.summary?.textEn ?? null,
            linksJson: JSON.stringify(area.links),
          })
          .run();
        cite('area', area.slug, area.sources);
        cite('area.built', area.slug, area.built?.sources);
        cite('area.location', area.slug, area.location?.sources);
        cite('area.location.place', area.slug, area.location?.placeSources);
        cite('area.boundary', area.slug, area.boundary?.sources);
        cite('area.boundary.place', area.slug, area.boundary?.placeSources);
        cite('area.summary', area.slug, area.summary?.sources);
        const aliasKeys = itemKeys(area.slug, area.aliases, identityOf.alias);
        area.aliases.forEach((alias, idx) => {
          tx.insert(schema.areaAliases).values({ areaSlug: area.slug, idx, claimKey: aliasKeys[idx]!, name: alias.name, kind: alias.kind, year: alias.year ?? null }).run();
          cite('area.alias', aliasKeys[idx]!, alias.sources);
        });
        const orgKeys = itemKeys(area.slug, area.housingOrganisations, identityOf.housingOrganisation);
        area.housingOrganisations.forEach((org, idx) => {
          tx.insert(schema.areaHousingOrganisations)
            .values({ areaSlug: area.slug, idx, claimKey: orgKeys[idx]!, name: org.name, departmentsJson: JSON.stringify(org.departments) })
            .run();
          cite('area.housing_organisation', orgKeys[idx]!, org.sources);
        });
        for (const measure of ['dwellings', 'residents'] as const) {
          const keys = itemKeys(area.slug, area[measure], identityOf.observation);
          area[measure].forEach((observation, idx) => {
            tx.insert(schema.areaObservations)
              .values({ areaSlug: area.slug, measure, idx, claimKey: keys[idx]!, value: observation.value, year: observation.year, note: observation.note ?? null, noteEn: observation.noteEn ?? null })
              .run();
            cite(`area.${measure}`, keys[idx]!, observation.sources);
          });
        }
        const orgs = area.housingOrganisations.map((org) => [org.name, ...org.departments].join(' '));
        searchRows.push({
          kind: 'area',
          slug: area.slug,
          name: foldText(area.name),
          aliases: foldText(area.aliases.map((alias) => alias.name).join(' ')),
          // A district finds its parts and a part its district (DESIGN §2): their names go in the body.
          body: foldText(
            [
              municipalityName.get(area.municipality) ?? '',
              area.town ?? '',
              ...orgs,
              area.partOf ? (areaName.get(area.partOf) ?? '') : '',
              ...data.areas.filter((other) => other.partOf === area.slug).map((part) => part.name),
            ].join(' '),
          ),
        });
      }

      for (const list of data.lists) {
        tx.insert(schema.lists).values({ date: list.date, title: list.title, titleEn: list.titleEn ?? null, criteriaEra: list.criteria }).run();
        cite('list', list.date, list.sources);
        for (const category of list.categories) {
          tx.insert(schema.listCategories)
            .values({ listDate: list.date, code: category.code, publishedTotal: category.publishedTotal, complete: category.complete })
            .run();
          cite('list.total', totalKey(list.date, category.code), category.totalSources);
          for (const membership of category.areas) {
            const key = membershipKey(list.date, category.code, membership.area);
            const { sources: figureSources, ...figures } = membership.figures ?? { sources: undefined };
            tx.insert(schema.listMemberships)
              .values({
                listDate: list.date,
                categoryCode: category.code,
                areaSlug: membership.area,
                tier: tierOf(category.code, list.criteria),
                basis: membership.basis,
                derivation: membership.derivation ?? null,
                derivationEn: membership.derivationEn ?? null,
                figuresJson: membership.figures ? JSON.stringify(figures) : null,
                note: membership.note ?? null,
                noteEn: membership.noteEn ?? null,
              })
              .run();
            // A membership rests on the list itself plus any sources given for it.
            cite('list.membership', key, [...list.sources, ...(membership.sources ?? [])]);
            cite('list.figures', key, figureSources);
          }
        }
        const eventKeys = itemKeys(list.date, list.events ?? [], identityOf.event);
        (list.events ?? []).forEach((event, idx) => {
          tx.insert(schema.listEvents).values({ listDate: list.date, idx, claimKey: eventKeys[idx]!, date: event.date, description: event.description, descriptionEn: event.descriptionEn ?? null }).run();
          cite('list.event', eventKeys[idx]!, event.sources);
        });
      }

      for (const intervention of data.interventions) {
        tx.insert(schema.interventions)
          .values({
            slug: intervention.slug,
            title: intervention.title,
            titleEn: intervention.titleEn ?? null,
            kind: intervention.kind,
            category: intervention.category,
            status: intervention.status.value,
            statusYear: intervention.status.year,
            startDate: intervention.start?.date ?? null,
            endDate: intervention.end?.date ?? null,
            startYear: yearOf(intervention.start?.date),
            endYear: yearOf(intervention.end?.date),
            description: intervention.description?.text ?? null,
            descriptionEn: intervention.description?.textEn ?? null,
            lat: intervention.location?.lat ?? null,
            lon: intervention.location?.lon ?? null,
            ...(() => {
              const staleness = stalenessOf({ status: intervention.status.value, statusYear: intervention.status.year, endYear: yearOf(intervention.end?.date) }, buildYear);
              return { staleConfirmation: staleness.confirmedLongAgo, staleEndPassed: staleness.endPassed };
            })(),
          })
          .run();
        const slug = intervention.slug;
        cite('intervention', slug, intervention.sources);
        cite('intervention.status', slug, intervention.status.sources);
        cite('intervention.start', slug, intervention.start?.sources);
        cite('intervention.end', slug, intervention.end?.sources);
        cite('intervention.description', slug, intervention.description?.sources);
        cite('intervention.location', slug, intervention.location?.sources ?? undefined);
        for (const area of new Set(intervention.areas)) {
          tx.insert(schema.interventionAreas).values({ interventionSlug: slug, areaSlug: area }).run();
        }
        const actorKeys = itemKeys(slug, intervention.actors, identityOf.actor);
        intervention.actors.forEach((actor, idx) => {
          tx.insert(schema.interventionActors).values({ interventionSlug: slug, idx, claimKey: actorKeys[idx]!, name: actor.name, role: actor.role }).run();
          cite('intervention.actor', actorKeys[idx]!, actor.sources);
        });
        const quantityKeys = itemKeys(slug, intervention.quantities, identityOf.quantity);
        intervention.quantities.forEach((quantity, idx) => {
          tx.insert(schema.interventionQuantities)
            .values({
              interventionSlug: slug,
              idx,
              claimKey: quantityKeys[idx]!,
              measure: quantity.measure,
              value: quantity.value,
              basis: quantity.basis,
              asOf: quantity.asOf,
              funder: quantity.funder ?? null,
              funderEn: quantity.funderEn ?? null,
              note: quantity.note ?? null,
              noteEn: quantity.noteEn ?? null,
            })
            .run();
          cite('intervention.quantity', quantityKeys[idx]!, quantity.sources);
        });
        const relationKeys = itemKeys(slug, intervention.relations, identityOf.relation);
        intervention.relations.forEach((relation, idx) => {
          tx.insert(schema.interventionRelations).values({ fromSlug: slug, idx, claimKey: relationKeys[idx]!, type: relation.type, toSlug: relation.target }).run();
          cite('intervention.relation', relationKeys[idx]!, relation.sources);
        });
        searchRows.push({
          kind: 'intervention',
          slug,
          name: foldText(intervention.title),
          // The English title and description too, so that /en search finds what its pages show (issue 17).
          aliases: foldText(intervention.titleEn ?? ''),
          body: foldText([intervention.description?.text ?? '', intervention.description?.textEn ?? '', ...intervention.actors.map((actor) => actor.name)].join(' ')),
        });
      }

      // Claims may repeat (same source cited twice for one fact); the primary key keeps one.
      const insertClaim = sqlite.prepare('INSERT OR IGNORE INTO claims (subject_type, subject_key, source_id) VALUES (?, ?, ?)');
      for (const claim of claimRows) insertClaim.run(claim.subjectType, claim.subjectKey, claim.sourceId);
      const insertSearch = sqlite.prepare('INSERT INTO search_index (kind, slug, name, aliases, body) VALUES (?, ?, ?, ?, ?)');
      const insertName = sqlite.prepare('INSERT INTO search_names (docid, kind, slug, name, aliases) VALUES (?, ?, ?, ?, ?)');
      const insertNameText = sqlite.prepare('INSERT INTO search_index_names (rowid, text) VALUES (?, ?)');
      const insertTerm = sqlite.prepare('INSERT INTO search_terms (term, docid) VALUES (?, ?)');
      // Written in (kind, name) order, names compared as SQLite compares them (UTF-8 bytes): a
      // kind's rows are one rowid range, and rowid order within it is name order, which lets a
      // search read "the first n matches by name" of one kind lazily (db/queries/search.ts).
      const ordered = searchRows
        .map((row) => ({ row, key: Buffer.from(row.name) }))
        .sort((a, b) => (a.row.kind === b.row.kind ? Buffer.compare(a.key, b.key) : a.row.kind < b.row.kind ? -1 : 1))
        .map(({ row }) => row);
      for (const row of ordered) {
        const { lastInsertRowid } = insertSearch.run(row.kind, row.slug, row.name, row.aliases, row.body);
        insertName.run(lastInsertRowid, row.kind, row.slug, row.name, row.aliases);
        insertNameText.run(lastInsertRowid, `${row.name}\n${row.aliases}`);
        for (const term of new Set(`${row.name} ${row.aliases}`.split(' ').filter(Boolean))) insertTerm.run(term, lastInsertRowid);
      }

      tx.insert(schema.meta)
        .values([
          { key: 'data_version', value: dataVersion },
          { key: 'built_at', value: new Date().toISOString() },
          { key: 'build_year', value: String(buildYear) },
          { key: 'quality_json', value: JSON.stringify(qualityReport(data, buildYear)) },
        ])
        .run();
    });
    sqlite.exec('VACUUM');
    // Statistics for the query planner, so it picks the index that narrows most (the catalogue's facets).
    sqlite.exec('ANALYZE');
    return {
      sources: data.sources.length,
      municipalities: data.municipalities.length,
      boundaries: data.gazetteer.boundaries.length,
      lists: data.lists.length,
      areas: data.areas.length,
      interventions: data.interventions.length,
      claims: claimRows.length,
    };
  } finally {
    sqlite.close();
  }
}
