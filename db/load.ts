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
  /** Every file read, relative path → raw text, for the data version hash. */
  files: Map<string, string>;
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
  for (const relative of sourceFiles) {
    for (const source of many(relative, sourcesFileSchema, 'id', present.sources)) {
      const previous = sourceFileOf.get(source.id);
      if (previous) {
        issues.push({ file: shown(relative), record: source.id, field: 'id', message: `duplicate source id (also in ${shown(previous)})` });
        continue;
      }
      sourceFileOf.set(source.id, relative);
      sources.push(source);
    }
  }

  const municipalities = many('municipalities.yaml', municipalitiesFileSchema, 'code');
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
  const areas: AreaRecord[] = [];
  const areaFiles = new Map<string, string>();
  for (const relative of yamlFiles('areas')) {
    const area = single(relative, areaSchema, present.areas);
    if (area) {
      areas.push(area);
      areaFiles.set(area.slug, relative);
    }
  }
  const interventions: InterventionRecord[] = [];
  const interventionFiles = new Map<string, string>();
  for (const relative of yamlFiles('interventions')) {
    const intervention = single(relative, interventionSchema, present.interventions);
    if (intervention) {
      interventions.push(intervention);
      interventionFiles.set(intervention.slug, relative);
    }
  }

  crossCheck(
    { sources, municipalities, criteria, lists, areas, interventions, files },
    { sourceFileOf, listFiles, areaFiles, interventionFiles, present },
    issues,
    shown,
  );
  return { data: { sources, municipalities, criteria, lists, areas, interventions, files }, issues };
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
