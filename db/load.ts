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
import { crossCheck } from './cross-check';

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
