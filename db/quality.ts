/**
 * The data-quality report (issue 15): how well the facts are known, counted over the loaded data.
 * `npm run data:check` prints it, the build stores it in `meta`, and /om shows it with the date
 * of the data, so the gaps are public. One function, so the three can never disagree.
 */
import type { Dataset } from './load';
import { englishPairs } from './data-schema';
import { stalenessOf } from './stale';

export interface QualityReport {
  sources: { total: number; undated: number; primary: number; mirror: number; reHost: number };
  /** Facts (objects that state something with `sources`) and how many rest only on mirrors or re-hosts. */
  facts: { total: number; mirrorOnly: number };
  memberships: { total: number; printed: number; derived: number };
  /** List categories whose names we do not all know. */
  categories: { total: number; incomplete: number };
  /**
   * Intervention statuses that may be out of date (db/stale.ts), and those whose confirmation year
   * no dated source backs: every source the status cites has no publication date, so the year was
   * read from the events the page describes and cannot be checked against the page's own date.
   */
  statuses: { total: number; stale: number; undatedConfirmation: number };
  /** Text fields we wrote, and how many have their English sibling. */
  english: { texts: number; translated: number };
  /** The newest list recorded. */
  newestList: string | null;
}


function walk(value: unknown, visit: (object: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

export function qualityReport(data: Dataset, buildYear: number): QualityReport {
  const originOf = new Map(data.sources.map((source) => [source.id, source.origin]));
  const dated = new Set(data.sources.filter((source) => source.published !== null).map((source) => source.id));
  const facts = { total: 0, mirrorOnly: 0 };
  const english = { texts: 0, translated: 0 };
  const records: unknown[] = [data.areas, data.interventions, data.lists, data.criteria];
  for (const record of records) {
    walk(record, (object) => {
      const ids = object.sources;
      if (Array.isArray(ids) && ids.length > 0) {
        facts.total++;
        if (ids.every((id) => originOf.get(String(id)) !== 'primary')) facts.mirrorOnly++;
      }
    });
  }
  // English: every text of areas, interventions, criteria and list notes (a list's own title is an official Danish name).
  for (const record of [data.areas, data.interventions, data.criteria, data.lists.map((list) => ({ categories: list.categories, events: list.events }))]) {
    walk(record, (object) => {
      for (const [field, sibling] of Object.entries(englishPairs)) {
        if (typeof object[field] !== 'string') continue;
        english.texts++;
        if (typeof object[sibling] === 'string') english.translated++;
      }
    });
  }
  const memberships = data.lists.flatMap((list) => list.categories.flatMap((category) => category.areas));
  const categories = data.lists.flatMap((list) => list.categories);
  return {
    sources: {
      total: data.sources.length,
      undated: data.sources.filter((source) => source.published === null).length,
      primary: data.sources.filter((source) => source.origin === 'primary').length,
      mirror: data.sources.filter((source) => source.origin === 'mirror').length,
      reHost: data.sources.filter((source) => source.origin === 're-host').length,
    },
    facts,
    memberships: {
      total: memberships.length,
      printed: memberships.filter((m) => m.basis === 'printed').length,
      derived: memberships.filter((m) => m.basis === 'derived').length,
    },
    categories: { total: categories.length, incomplete: categories.filter((category) => !category.complete).length },
    statuses: {
      total: data.interventions.length,
      stale: data.interventions.filter((i) => {
        const endYear = i.end ? Number(i.end.date.slice(0, 4)) : null;
        return stalenessOf({ status: i.status.value, statusYear: i.status.year, endYear }, buildYear).stale;
      }).length,
      undatedConfirmation: data.interventions.filter((i) => !i.status.sources.some((id) => dated.has(id))).length,
    },
    english,
    newestList: [...data.lists.map((list) => list.date)].sort().at(-1) ?? null,
  };
}

/** The report as the lines data:check prints. */
export function formatQualityReport(report: QualityReport): string[] {
  const { sources, facts, memberships, categories, statuses, english } = report;
  return [
    `sources: ${sources.total} (${sources.primary} primary, ${sources.mirror} mirror, ${sources.reHost} re-host); ${sources.undated} without a publication date`,
    `facts: ${facts.total}, of which ${facts.mirrorOnly} rest only on a mirror or re-host`,
    `list memberships: ${memberships.total} (${memberships.printed} printed, ${memberships.derived} derived)`,
    `list categories: ${categories.total}, of which ${categories.incomplete} without every name`,
    `intervention statuses: ${statuses.total}, of which ${statuses.stale} possibly out of date and ${statuses.undatedConfirmation} confirmed only by undated sources`,
    `English: ${english.translated} of ${english.texts} texts`,
    `newest list recorded: ${report.newestList ?? 'none'}`,
  ];
}
