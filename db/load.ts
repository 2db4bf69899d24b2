/**
 * Reads data/, validates every file against its zod schema and cross-checks references.
 * Returns the dataset together with every problem found, each naming file, record and field.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  areaSchema,
  categoriesByEra,
  criteriaFileSchema,
  interventionSchema,
  listSchema,
  municipalitiesFileSchema,
  sourcesFileSchema,
  type AreaRecord,
  type CriteriaEraRecord,
  type InterventionRecord,
  type ListRecord,
  type MunicipalityRecord,
  type SourceRecord,
} from './data-schema';
import { foldText } from './fold';
import { municipalityAt, municipalityFeatures, type MunicipalityShape } from './geo-check';

/** One problem in the data: where it is and what is wrong. */
export interface DataIssue {
  /** Path of the file relative to the project root, e.g. `data/areas/vollsmose.yaml`. */
  file: string;
  /** The record inside the file: its slug, id, date or code. */
  record: string;
  /** The field inside the record, e.g. `dwellings[0].year`; empty for the record as a whole. */
  field: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const field = issue.field ? ` ${issue.field}` : '';
  return `${issue.file}: [${issue.record}]${field}: ${issue.message}`;
}

export interface Dataset {
  sources: SourceRecord[];
  municipalities: MunicipalityRecord[];
  criteria: CriteriaEraRecord[];
  lists: ListRecord[];
  areas: AreaRecord[];
  interventions: InterventionRecord[];
  /** The reference gazetteers' extract (data/gazetteer/): cited records and kommune boundaries. */
  gazetteer: Gazetteer;
  /** Every file read, relative path → raw text, for the data version hash. */
  files: Map<string, string>;
}

/** A cited gazetteer record (written by scripts/gazetteer.ts): its point and the kommune that holds it. */
export interface GazetteerPlace {
  source: string;
  gazetteer: 'wof' | 'geonames';
  id: number;
  name: string;
  placetype: string;
  lat: number;
  lon: number;
  municipality: number | null;
  url: string;
  modified: string | null;
}

export interface Gazetteer {
  places: GazetteerPlace[];
  /** data/gazetteer/municipalities.topojson as read, or null when the data has none (small test fixtures). */
  municipalityTopology: string | null;
}

export interface LoadResult {
  data: Dataset;
  issues: DataIssue[];
}

function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** Loads and checks the data directory. `label` is how file paths are shown (default `data`). */
export function loadData(dataDir: string, label = 'data'): LoadResult {
  const issues: DataIssue[] = [];
  const files = new Map<string, string>();
  const shown = (relative: string) => `${label}/${relative}`;

  function readYaml(relative: string, record: string): unknown {
    const full = path.join(dataDir, relative);
    const text = readFileSync(full, 'utf8');
    files.set(relative, text);
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        issues.push({ file: shown(relative), record, field: '', message: `invalid YAML: ${error.message.split('\n')[0]}` });
      }
      return undefined;
    }
    return doc.toJS();
  }

  function yamlFiles(folder: string): string[] {
    const full = path.join(dataDir, folder);
    if (!existsSync(full)) return [];
    return readdirSync(full)
      .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
      .sort()
      .map((name) => path.posix.join(folder, name));
  }

  /** Validates a single-record file; the record is named by the file's base name. */
  function single<T>(relative: string, schema: z.ZodType<T>, present: Set<string>): T | undefined {
    const record = path.basename(relative).replace(/\.ya?ml$/, '');
    present.add(record);
    const raw = readYaml(relative, record);
    if (raw === undefined) return undefined;
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file: shown(relative), record, field: formatPath(issue.path), message: issue.message });
      }
      return undefined;
    }
    return result.data;
  }

  /** Validates a file holding a list of records; each record is named by `key`. */
  function many<T>(relative: string, schema: z.ZodType<T[]>, key: string, present: Set<string> = new Set()): T[] {
    if (!existsSync(path.join(dataDir, relative))) {
      issues.push({ file: shown(relative), record: '-', field: '', message: 'file is missing' });
      return [];
    }
    const raw = readYaml(relative, '-');
    if (raw === undefined) return [];
    if (raw === null) return [];
    if (Array.isArray(raw)) {
      for (const item of raw) {
        const name = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
        if (typeof name === 'string' || typeof name === 'number') present.add(String(name));
      }
    }
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    const nameOf = (index: unknown): string => {
      if (!Array.isArray(raw) || typeof index !== 'number') return '-';
      const item: unknown = raw[index];
      const name = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
      return name === undefined ? `#${index}` : String(name);
    };
    for (const issue of result.error.issues) {
      const [first, ...rest] = issue.path;
      issues.push({ file: shown(relative), record: nameOf(first), field: formatPath(rest), message: issue.message });
    }
    // Keep the valid records so cross-checks can still run on them.
    if (!Array.isArray(raw)) return [];
    const element = (schema as unknown as z.ZodArray<z.ZodType<T>>).element;
    return raw.flatMap((item) => {
      const one = element.safeParse(item);
      return one.success ? [one.data] : [];
    });
  }

  // Names of records that exist even when invalid, so one bad record is reported once, not again
  // as an "unknown" reference everywhere it is used.
  const present = { sources: new Set<string>(), areas: new Set<string>(), interventions: new Set<string>(), lists: new Set<string>() };
  const sourceFiles = yamlFiles('sources');
  const sources: SourceRecord[] = [];
  const sourceFileOf = new Map<string, string>();
  const sourceOfUrl = new Map<string, { id: string; file: string }>();
  for (const relative of sourceFiles) {
    for (const source of many(relative, sourcesFileSchema, 'id', present.sources)) {
      const previous = sourceFileOf.get(source.id);
      if (previous) {
        issues.push({ file: shown(relative), record: source.id, field: 'id', message: `duplicate source id (also in ${shown(previous)})` });
        continue;
      }
      // One URL is one source: a second record of the same page would split its citations.
      const sameUrl = sourceOfUrl.get(source.url);
      if (sameUrl) {
        issues.push({ file: shown(relative), record: source.id, field: 'url', message: `duplicate URL: already source "${sameUrl.id}" in ${shown(sameUrl.file)} (merge them: npx tsx scripts/refile-sources.ts)` });
        continue;
      }
      sourceOfUrl.set(source.url, { id: source.id, file: relative });
      sourceFileOf.set(source.id, relative);
      sources.push(source);
    }
  }

  const municipalities = many('municipalities.yaml', municipalitiesFileSchema, 'code');
  const gazetteer = readGazetteer(dataDir, files, issues, shown);
  const criteria = many('criteria.yaml', criteriaFileSchema, 'id');

  const lists: ListRecord[] = [];
  const listFiles = new Map<string, string>();
  for (const relative of yamlFiles('lists')) {
    const list = single(relative, listSchema, present.lists);
    if (list) {
      lists.push(list);
      listFiles.set(list.date, relative);
    }
  }
  /** The single-record files of a folder; one slug is one record, so a second file with a slug that exists (say vollsmose.yml beside vollsmose.yaml) is refused, not written over. */
  function records<T extends { slug: string }>(folder: string, schema: z.ZodType<T>, present: Set<string>, kind: string) {
    const out: T[] = [];
    const fileOf = new Map<string, string>();
    for (const relative of yamlFiles(folder)) {
      const record = single(relative, schema, present);
      if (!record) continue;
      const previous = fileOf.get(record.slug);
      if (previous) {
        issues.push({ file: shown(relative), record: record.slug, field: 'slug', message: `duplicate ${kind} slug (also in ${shown(previous)})` });
        const name = path.basename(relative).replace(/\.ya?ml$/, '');
        if (name !== record.slug) {
          issues.push({ file: shown(relative), record: name, field: 'slug', message: `expected the slug to equal the file name "${name}", got "${record.slug}"` });
        }
        continue;
      }
      out.push(record);
      fileOf.set(record.slug, relative);
    }
    return { out, fileOf };
  }
  const { out: areas, fileOf: areaFiles } = records<AreaRecord>('areas', areaSchema, present.areas, 'area');
  const { out: interventions, fileOf: interventionFiles } = records<InterventionRecord>('interventions', interventionSchema, present.interventions, 'intervention');

  crossCheck(
    { sources, municipalities, criteria, lists, areas, interventions, gazetteer, files },
    { sourceFileOf, listFiles, areaFiles, interventionFiles, present },
    issues,
    shown,
  );
  return { data: { sources, municipalities, criteria, lists, areas, interventions, gazetteer, files }, issues };
}

/** Reads data/gazetteer/ when present; its files count towards the data version. */
function readGazetteer(dataDir: string, files: Map<string, string>, issues: DataIssue[], shown: (relative: string) => string): Gazetteer {
  const placesFile = 'gazetteer/places.json';
  const topologyFile = 'gazetteer/municipalities.topojson';
  let places: GazetteerPlace[] = [];
  let municipalityTopology: string | null = null;
  if (existsSync(path.join(dataDir, placesFile))) {
    const text = readFileSync(path.join(dataDir, placesFile), 'utf8');
    files.set(placesFile, text);
    try {
      places = JSON.parse(text) as GazetteerPlace[];
    } catch (error) {
      issues.push({ file: shown(placesFile), record: '-', field: '', message: `invalid JSON: ${(error as Error).message}` });
    }
  }
  if (existsSync(path.join(dataDir, topologyFile))) {
    municipalityTopology = readFileSync(path.join(dataDir, topologyFile), 'utf8');
    files.set(topologyFile, municipalityTopology);
  }
  return { places, municipalityTopology };
}

interface FileIndex {
  present: { sources: Set<string>; areas: Set<string>; interventions: Set<string>; lists: Set<string> };
  sourceFileOf: Map<string, string>;
  listFiles: Map<string, string>;
  areaFiles: Map<string, string>;
  interventionFiles: Map<string, string>;
}

function crossCheck(data: Dataset, index: FileIndex, issues: DataIssue[], shown: (relative: string) => string) {
  const sourceIds = index.present.sources;
  const municipalityName = new Map(data.municipalities.map((m) => [m.code, m.name]));
  const placeBySource = new Map(data.gazetteer.places.map((place) => [place.source, place]));
  for (const place of data.gazetteer.places) {
    if (!sourceIds.has(place.source)) {
      issues.push({ file: shown('gazetteer/places.json'), record: place.source, field: 'source', message: `no source "${place.source}" in sources/ (run scripts/gazetteer.ts build)` });
    }
  }
  let shapes: MunicipalityShape[] | null = null;
  if (data.gazetteer.municipalityTopology) {
    try {
      shapes = municipalityFeatures(data.gazetteer.municipalityTopology).map((f) => ({ code: f.properties.code, geometry: f.geometry }));
    } catch (error) {
      issues.push({ file: shown('gazetteer/municipalities.topojson'), record: '-', field: '', message: `unreadable boundaries: ${(error as Error).message}` });
    }
  }
  const kommune = (code: number | null) => (code === null ? 'no kommune (at sea or abroad)' : `${municipalityName.get(code) ?? '?'} (${code})`);

  /** The point must lie inside the official boundary of one of `codes` (its own municipality). */
  function checkInside(file: string, record: string, field: string, lat: number, lon: number, codes: number[]) {
    if (!shapes || codes.length === 0) return;
    const at = municipalityAt(shapes, lon, lat);
    if (at !== null && codes.includes(at)) return;
    issues.push({
      file,
      record,
      field,
      message: `the point (${lat}, ${lon}) lies outside the official boundary of ${codes.map(kommune).join(' or ')}: it lies in ${kommune(at)}`,
    });
  }

  /** A coarse point must be the cited gazetteer record's own point, for the place it names, in the area's kommune. */
  function checkAreaLocation(area: AreaRecord, file: string, record: string) {
    const location = area.location!;
    checkInside(file, record, 'location', location.lat, location.lon, [area.municipality]);
    for (const [i, id] of location.sources.entries()) {
      const place = placeBySource.get(id);
      if (!place) continue;
      if (Math.abs(place.lat - location.lat) > 5e-6 || Math.abs(place.lon - location.lon) > 5e-6) {
        issues.push({ file, record, field: 'location.lat', message: `expected the point of ${id} (${place.lat}, ${place.lon}), got (${location.lat}, ${location.lon}): a point from a gazetteer is copied, never moved` });
      }
      if (location.precision === 'area') {
        issues.push({ file, record, field: `location.sources[${i}]`, message: `${id} is the point of a place (${place.name}), not of the area itself: expected precision district, town or municipality` });
      } else if (location.precision === 'municipality') {
        if (place.placetype !== 'localadmin' || place.municipality !== area.municipality) {
          issues.push({ file, record, field: `location.sources[${i}]`, message: `a municipality-level point must be the label point of the area's own kommune ${kommune(area.municipality)}, got ${id} (${place.name}, ${place.placetype})` });
        }
        if (location.place !== municipalityName.get(area.municipality)) {
          issues.push({ file, record, field: 'location.place', message: `expected the kommune's name "${municipalityName.get(area.municipality)}", got "${location.place}"` });
        }
      } else if (location.place !== null && foldText(location.place) !== foldText(place.name)) {
        issues.push({ file, record, field: 'location.place', message: `expected the name of ${id}, "${place.name}", got "${location.place}"` });
      }
    }
    if ((location.precision === 'district' || location.precision === 'town') && !location.placeSources && location.place !== area.town) {
      issues.push({
        file,
        record,
        field: 'location.placeSources',
        message: `a ${location.precision}-level point needs sources saying the area lies in "${location.place}" (or a place equal to the area's own town${area.town ? ` "${area.town}"` : ''})`,
      });
    }
  }
  const areaSlugs = index.present.areas;
  const areaBySlug = new Map(data.areas.map((area) => [area.slug, area]));
  const interventionSlugs = index.present.interventions;
  const municipalityCodes = new Set<number>();
  const eraIds = new Set(data.criteria.map((era) => era.id));

  /** Reports every source id under `value` that does not exist, with the field path it sits at. */
  function checkSourceRefs(file: string, record: string, value: unknown, at: string) {
    if (Array.isArray(value)) {
      value.forEach((item, i) => checkSourceRefs(file, record, item, `${at}[${i}]`));
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const field = at ? `${at}.${key}` : key;
      if ((key === 'sources' || key === 'totalSources') && Array.isArray(child)) {
        child.forEach((id, i) => {
          if (typeof id === 'string' && !sourceIds.has(id)) {
            issues.push({ file, record, field: `${field}[${i}]`, message: `unknown source id "${id}"` });
          }
        });
      } else {
        checkSourceRefs(file, record, child, field);
      }
    }
  }

  for (const municipality of data.municipalities) {
    const file = shown('municipalities.yaml');
    if (municipalityCodes.has(municipality.code)) {
      issues.push({ file, record: String(municipality.code), field: 'code', message: 'duplicate municipality code' });
    }
    municipalityCodes.add(municipality.code);
    checkSourceRefs(file, String(municipality.code), municipality, '');
  }
  for (const era of data.criteria) checkSourceRefs(shown('criteria.yaml'), era.id, era, '');

  for (const area of data.areas) {
    const relative = index.areaFiles.get(area.slug) ?? '';
    const file = shown(relative);
    const record = path.basename(relative).replace(/\.ya?ml$/, '');
    if (record !== area.slug) {
      issues.push({ file, record, field: 'slug', message: `expected the slug to equal the file name "${record}", got "${area.slug}"` });
    }
    if (data.municipalities.length > 0 && !municipalityCodes.has(area.municipality)) {
      issues.push({ file, record, field: 'municipality', message: `unknown municipality code ${area.municipality}` });
    }
    if (area.partOf !== null) {
      const parent = areaBySlug.get(area.partOf);
      if (!areaSlugs.has(area.partOf)) issues.push({ file, record, field: 'partOf', message: `unknown area slug "${area.partOf}"` });
      else if (parent && parent.type !== 'district') {
        issues.push({ file, record, field: 'partOf', message: `"${area.partOf}" is a ${parent.type}, expected a district` });
      }
    }
    checkSourceRefs(file, record, area, '');
    if (area.location) checkAreaLocation(area, file, record);
  }

  const seenDates = new Set<string>();
  for (const list of data.lists) {
    const relative = index.listFiles.get(list.date) ?? '';
    const file = shown(relative);
    const record = path.basename(relative).replace(/\.ya?ml$/, '');
    if (record !== list.date) {
      issues.push({ file, record, field: 'date', message: `expected the date to equal the file name "${record}", got "${list.date}"` });
    }
    if (seenDates.has(list.date)) issues.push({ file, record, field: 'date', message: 'duplicate list date' });
    seenDates.add(list.date);
    if (data.criteria.length > 0 && !eraIds.has(list.criteria)) {
      issues.push({ file, record, field: 'criteria', message: `unknown criteria era "${list.criteria}"` });
    }
    const allowed = categoriesByEra[list.criteria];
    const seenCodes = new Set<string>();
    list.categories.forEach((category, c) => {
      const at = `categories[${c}]`;
      if (!allowed.includes(category.code)) {
        issues.push({
          file,
          record,
          field: `${at}.code`,
          message: `category "${category.code}" did not exist under the ${list.criteria} criteria (expected one of ${allowed.join(', ')})`,
        });
      }
      if (seenCodes.has(category.code)) issues.push({ file, record, field: `${at}.code`, message: `duplicate category "${category.code}"` });
      seenCodes.add(category.code);
      const named = category.areas.length;
      if (category.publishedTotal !== null && named > category.publishedTotal) {
        issues.push({ file, record, field: `${at}.areas`, message: `names ${named} areas, more than the published total ${category.publishedTotal}` });
      }
      if (category.complete && category.publishedTotal !== null && named !== category.publishedTotal) {
        issues.push({
          file,
          record,
          field: `${at}.complete`,
          message: `marked complete but names ${named} of the published ${category.publishedTotal} areas`,
        });
      }
      if (category.complete && category.publishedTotal === null) {
        issues.push({ file, record, field: `${at}.complete`, message: 'cannot be complete without a published total' });
      }
      const seenAreas = new Set<string>();
      category.areas.forEach((membership, m) => {
        if (!areaSlugs.has(membership.area)) {
          issues.push({ file, record, field: `${at}.areas[${m}].area`, message: `unknown area slug "${membership.area}"` });
        } else if (areaBySlug.get(membership.area)?.type === 'district') {
          issues.push({ file, record, field: `${at}.areas[${m}].area`, message: `"${membership.area}" is a district; lists name listed areas` });
        }
        if (seenAreas.has(membership.area)) {
          issues.push({ file, record, field: `${at}.areas[${m}].area`, message: `"${membership.area}" is named twice in this category` });
        }
        seenAreas.add(membership.area);
      });
    });
    checkSourceRefs(file, record, list, '');
  }

  for (const intervention of data.interventions) {
    const relative = index.interventionFiles.get(intervention.slug) ?? '';
    const file = shown(relative);
    const record = path.basename(relative).replace(/\.ya?ml$/, '');
    if (record !== intervention.slug) {
      issues.push({ file, record, field: 'slug', message: `expected the slug to equal the file name "${record}", got "${intervention.slug}"` });
    }
    intervention.areas.forEach((area, i) => {
      if (!areaSlugs.has(area)) issues.push({ file, record, field: `areas[${i}]`, message: `unknown area slug "${area}"` });
    });
    intervention.relations.forEach((relation, i) => {
      if (!interventionSlugs.has(relation.target)) {
        issues.push({ file, record, field: `relations[${i}].target`, message: `relation to a missing intervention "${relation.target}"` });
      } else if (relation.target === intervention.slug) {
        issues.push({ file, record, field: `relations[${i}].target`, message: 'an intervention cannot relate to itself' });
      }
    });
    checkSourceRefs(file, record, intervention, '');
    if (intervention.location) {
      const codes = [...new Set(intervention.areas.flatMap((slug) => (areaBySlug.has(slug) ? [areaBySlug.get(slug)!.municipality] : [])))];
      checkInside(file, record, 'location', intervention.location.lat, intervention.location.lon, codes);
    }
  }

  // part_of must form a forest: follow each chain and report a cycle once, where it closes.
  const parentsOf = new Map<string, string[]>();
  for (const intervention of data.interventions) {
    parentsOf.set(
      intervention.slug,
      intervention.relations.filter((relation) => relation.type === 'part_of').map((relation) => relation.target),
    );
  }
  const reported = new Set<string>();
  for (const start of parentsOf.keys()) {
    const stack: string[] = [];
    const visit = (slug: string): void => {
      const at = stack.indexOf(slug);
      if (at >= 0) {
        const cycle = [...stack.slice(at), slug];
        const key = stack.slice(at).sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          const relative = index.interventionFiles.get(slug) ?? '';
          issues.push({ file: shown(relative), record: slug, field: 'relations', message: `part_of cycle: ${cycle.join(' → ')}` });
        }
        return;
      }
      stack.push(slug);
      for (const parent of parentsOf.get(slug) ?? []) visit(parent);
      stack.pop();
    };
    visit(start);
  }
}
