/**
 * Files the bibliography by subject and merges duplicate URLs (data/README.md, `sources/`):
 *
 * 1. every URL becomes one source: duplicates merge into one id (an id without a research-batch
 *    prefix first, then one with a publication date, then the first found), keeping a publication
 *    date that only a duplicate had;
 * 2. ids lose the research-batch prefixes of earlier sessions (`grpc-`, `loca-`, `hpa-`, …);
 * 3. every reference in data/ (`sources`, `totalSources`, `placeSources`) is rewritten to the new
 *    id, with repeats in one list dropped;
 * 4. each source goes to the file of what cites it: `sources/<area>.yaml` when one area (or one
 *    district and its parts) cites it, `lists.yaml` for the lists and criteria, `policy.yaml` for
 *    national policy, `national.yaml` for what several areas or the kommuner cite. Gazetteer
 *    records stay in `gazetteer.yaml` (scripts/gazetteer.ts writes it).
 *
 * Idempotent: run it again after adding sources and it only moves what moved.
 *   npx tsx scripts/refile-sources.ts [--dry-run]
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, isSeq, parse, parseDocument, stringify, visit } from 'yaml';
import { GAZETTEER_SOURCES_HEADER } from '../db/load';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dataDir = path.join(root, 'data');
const dryRun = process.argv.includes('--dry-run');
const batchPrefixes = ['fa', 'fb', 'gl', 'grpa', 'grpb', 'grpc', 'grpd', 'hpa', 'hpb', 'loca', 'locb', 'lst', 'lsu', 'prog', 'lists10', 'lists18'];

interface Source {
  id: string;
  url: string;
  published: string | null;
  kind: string;
  [key: string]: unknown;
}

const yamlIn = (folder: string) =>
  readdirSync(path.join(dataDir, folder))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => path.join(folder, name));

// ------------------------------------------------------------------ 1. read the sources
const sourceFiles = yamlIn('sources');
const sources: Source[] = sourceFiles.flatMap((file) => (parse(readFileSync(path.join(dataDir, file), 'utf8')) as Source[] | null) ?? []);
const batchPrefixOf = (id: string) => batchPrefixes.find((prefix) => id.startsWith(`${prefix}-`));

// ------------------------------------------------------------------ 2. merge duplicate URLs
const byUrl = new Map<string, Source[]>();
for (const source of sources) byUrl.set(source.url, [...(byUrl.get(source.url) ?? []), source]);
const finalOf = new Map<string, string>();
const kept: Source[] = [];
let merged = 0;
for (const group of byUrl.values()) {
  const ranked = [...group].sort((a, b) => Number(Boolean(batchPrefixOf(a.id))) - Number(Boolean(batchPrefixOf(b.id))) || Number(b.published !== null) - Number(a.published !== null));
  const keep = { ...ranked[0]! };
  keep.published ??= group.find((s) => s.published !== null)?.published ?? null;
  for (const source of group) finalOf.set(source.id, keep.id);
  merged += group.length - 1;
  kept.push(keep);
}

// ------------------------------------------------------------------ 3. drop batch prefixes
const taken = new Set(kept.map((s) => s.id));
let renamed = 0;
for (const source of kept) {
  const prefix = batchPrefixOf(source.id);
  if (!prefix) continue;
  const base = source.id.slice(prefix.length + 1);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.delete(source.id);
  taken.add(id);
  for (const [old, final] of finalOf) if (final === source.id) finalOf.set(old, id);
  source.id = id;
  renamed++;
}

// ------------------------------------------------------------------ 4. rewrite the references
// In the text itself, so every file keeps its layout and comments; only ids change.
const referenceKeys = new Set(['sources', 'totalSources', 'placeSources']);
const recordFiles = [...yamlIn('areas'), ...yamlIn('interventions'), ...yamlIn('lists'), 'criteria.yaml', 'municipalities.yaml'];
const changedIds = [...finalOf].filter(([id, final]) => id !== final);
const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const idPattern = changedIds.length ? new RegExp(`(?<![A-Za-z0-9-])(${changedIds.map(([id]) => escape(id)).join('|')})(?![A-Za-z0-9-])`, 'g') : null;
/** Which records cite each (final) source id: `area:<slug>`, `intervention:<slug>`, `lists`, `national`. */
const citedBy = new Map<string, Set<string>>();
const rewrittenFiles = new Map<string, string>();
let rewritten = 0;
for (const file of recordFiles) {
  const text = readFileSync(path.join(dataDir, file), 'utf8');
  let next = idPattern
    ? text.replace(idPattern, (id) => {
        rewritten++;
        return finalOf.get(id)!;
      })
    : text;
  // Two merged ids in one flow list leave a repeat: keep the first.
  next = next.replace(/(sources|totalSources|placeSources): \[([^\]\n]*)\]/g, (_, key: string, items: string) => {
    const ids = items.split(',').map((item) => item.trim()).filter(Boolean);
    return `${key}: [${[...new Set(ids)].join(', ')}]`;
  });
  if (next !== text) rewrittenFiles.set(file, next);
  const subject = file.startsWith('areas/')
    ? `area:${path.basename(file, '.yaml')}`
    : file.startsWith('interventions/')
      ? `intervention:${path.basename(file, '.yaml')}`
      : file.startsWith('lists/') || file === 'criteria.yaml'
        ? 'lists'
        : 'national';
  visit(parseDocument(next), {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !referenceKeys.has(String(pair.key.value)) || !isSeq(pair.value)) return;
      for (const item of pair.value.items) if (isScalar(item)) citedBy.set(String(item.value), (citedBy.get(String(item.value)) ?? new Set()).add(subject));
    },
  });
}

// ------------------------------------------------------------------ 5. file each source by subject
const areaOf = (slug: string) => parse(readFileSync(path.join(dataDir, 'areas', `${slug}.yaml`), 'utf8')) as { slug: string; partOf: string | null };
const interventionAreas = (slug: string) => (parse(readFileSync(path.join(dataDir, 'interventions', `${slug}.yaml`), 'utf8')) as { areas: string[] }).areas;
function fileFor(source: Source): string {
  if (source.kind === 'gazetteer') return 'gazetteer.yaml';
  const subjects = [...(citedBy.get(source.id) ?? [])];
  const areas = new Set<string>();
  let policy = false;
  let lists = false;
  for (const subject of subjects) {
    const [type, slug] = subject.split(':') as [string, string | undefined];
    if (type === 'area') areas.add(slug!);
    else if (type === 'intervention') {
      const own = interventionAreas(slug!);
      if (own.length === 0) policy = true;
      for (const area of own) areas.add(area);
    } else if (type === 'lists') lists = true;
  }
  // A district and its parts count as one subject: the district's file.
  const subjectsOfAreas = new Set([...areas].map((slug) => areaOf(slug).partOf ?? slug));
  if (subjectsOfAreas.size === 1 && !policy && !lists) return `${[...subjectsOfAreas][0]}.yaml`;
  if (subjectsOfAreas.size === 0 && policy && !lists) return 'policy.yaml';
  if (subjectsOfAreas.size === 0 && lists && !policy) return 'lists.yaml';
  return 'national.yaml';
}
const files = new Map<string, Source[]>();
for (const source of kept) {
  const file = fileFor(source);
  files.set(file, [...(files.get(file) ?? []), source]);
}

console.log(`${sources.length} sources: ${merged} duplicate URLs merged, ${renamed} batch prefixes dropped, ${rewritten} references rewritten; ${kept.length} sources in ${files.size} files`);
if (dryRun) process.exit(0);

for (const [file, text] of rewrittenFiles) writeFileSync(path.join(dataDir, file), text);
for (const file of sourceFiles) if (!files.has(path.basename(file))) rmSync(path.join(dataDir, file));
const headerOf = (file: string) =>
  file === 'gazetteer.yaml'
    ? `${GAZETTEER_SOURCES_HEADER}\n`
    : `# Sources of ${file === 'national.yaml' ? 'several areas and the kommuner' : file === 'lists.yaml' ? 'the lists and their criteria' : file === 'policy.yaml' ? 'national policy' : `the area ${file.replace(/\.yaml$/, '')}`} (filed by scripts/refile-sources.ts; see data/README.md).\n`;
for (const [file, list] of files) {
  list.sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(path.join(dataDir, 'sources', file), `${headerOf(file)}${stringify(list, { lineWidth: 0 })}`);
}
