/**
 * Synthetic data at any multiple of the real data, for the bench (`npm run bench`) and the tests:
 * every area and intervention file (and, with `copySources`, every source file) once as it is and
 * `times - 1` times more with suffixed slugs and ids, every reference rewritten to the same copy,
 * so each copy is a closed world and the whole validates. Lists, criteria and municipalities stay
 * as they are (they name the originals). Texts are unchanged, so every search hit is multiplied
 * too: a pessimistic dataset for search.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

export const copySuffix = (copy: number) => `-x${String(copy).padStart(2, '0')}`;

/** Keys whose string values name an area or intervention (`areas` is an intervention's area list). */
const recordKeys = ['slug', 'partOf', 'areas', 'target'];
/** Keys whose string values name a source. */
const sourceKeys = ['id', 'sources', 'totalSources', 'placeSources'];

/**
 * A cited gazetteer record (`wof-1`, `geonames-2`, `kk-bydel-3`): reference data in data/gazetteer/
 * that every copy shares, so a citation of one keeps its id (the extract has no copies of it).
 */
const gazetteerRecord = /^(wof|geonames|kk-bydel)-\d+$/;

/** A copy of a parsed YAML value with every reference under `keys` given `suffix` (a citation of a gazetteer record stays as it is). */
export function suffixReferences(value: unknown, suffix: string, keys: readonly string[], key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => suffixReferences(item, suffix, keys, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([childKey, child]) => [childKey, suffixReferences(child, suffix, keys, childKey)]));
  }
  if (typeof value !== 'string' || !keys.includes(key)) return value;
  return key !== 'id' && gazetteerRecord.test(value) ? value : value + suffix;
}

/**
 * Writes `dataDir` `times`× into a new directory under `parent` and returns it. With
 * `copySources` the sources are copied too (and their URLs made unique per copy, since one URL is
 * one source); without, every copy cites the same sources.
 */
export function writeSyntheticData(dataDir: string, parent: string, times: number, copySources: boolean): string {
  const dir = mkdtempSync(path.join(parent, `data-${times}x-`));
  cpSync(dataDir, dir, { recursive: true });
  const keys = copySources ? [...recordKeys, ...sourceKeys] : recordKeys;
  const folders = copySources ? ['areas', 'interventions', 'sources'] : ['areas', 'interventions'];
  for (const folder of folders) {
    for (const name of readdirSync(path.join(dataDir, folder)).filter((file) => file.endsWith('.yaml'))) {
      const doc: unknown = parse(readFileSync(path.join(dataDir, folder, name), 'utf8'));
      for (let copy = 1; copy < times; copy++) {
        const suffix = copySuffix(copy);
        let copied = suffixReferences(doc, suffix, keys);
        if (folder === 'sources' && Array.isArray(copied)) copied = copied.map((source: { url?: string }) => ({ ...source, url: `${source.url}#copy${suffix}` }));
        writeFileSync(path.join(dir, folder, name.replace(/\.yaml$/, `${suffix}.yaml`)), stringify(copied));
      }
    }
  }
  return dir;
}
