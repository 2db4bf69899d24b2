/**
 * From what the queries read to what the API answers: one mapper per response object, each typed
 * by its schema in `contract.ts`, so a field the contract lacks (or lacks a value for) is a type
 * error here. The queries stay free of API concerns; the pages read the queries directly.
 */
import type { AreaProfile, AreaSummary } from '@/db/queries/areas';
import type { Comparison } from '@/db/queries/compare';
import type { MeasureFigure } from '@/db/queries/figures';
import type { InterventionDetail } from '@/db/queries/interventions';
import type { ListDetail, ListOverview } from '@/db/queries/lists';
import { figureOf, type getProgress, type MeasureProgress, type PlanProgress } from '@/db/queries/progress';
import type { SearchResults } from '@/db/queries/search';
import { staleReasonsOf, type Staleness } from '@/db/stale';
import type { Source } from '@/db/schema';
import type { AreaApi, AreaBriefApi, Body, CompareApi, InterventionApi, ListApi, ListsApi, MeasureFigureApi, PlanProgressApi, ProgressApi, SearchApi } from './contract';

/** The flat status fields every intervention-like object carries. */
function statusFields(status: { value: InterventionApi['status']; year: number; stale: Staleness }) {
  return { status: status.value, statusYear: status.year, stale: status.stale.stale, staleReasons: staleReasonsOf(status.stale) };
}

export function toInterventionApi(detail: InterventionDetail): InterventionApi {
  return {
    slug: detail.slug,
    title: detail.title,
    titleEn: detail.titleEn,
    kind: detail.kind,
    category: detail.category,
    ...statusFields(detail.status),
    startYear: detail.startYear,
    endYear: detail.endYear,
    start: detail.start,
    end: detail.end,
    areas: detail.areas,
    actors: detail.actors,
    quantities: detail.quantities,
    relations: detail.relations.map(({ type, direction, slug: target, title, titleEn, sources }) => ({ type, direction, target, title, titleEn, sources })),
    description: detail.description,
    location: detail.location,
    statusSources: detail.status.sources,
    sources: detail.recordSources,
  };
}

export function toInterventionDetailApi(detail: InterventionDetail & { bibliography: Source[] }) {
  return { ...toInterventionApi(detail), bibliography: detail.bibliography };
}

/** A dwelling figure in the one shape the API gives every roll-up: value, as-of span, contributions. */
export function toMeasureFigureApi(figure: MeasureFigure): MeasureFigureApi {
  return { measure: figure.measure, planned: figureOf(figure.planned), completed: figureOf(figure.completed) };
}

function toMeasureProgressApi(measure: MeasureProgress) {
  return { measure: measure.measure, planned: measure.planned, completed: measure.completed, history: measure.history };
}

export function toPlanProgressApi(plan: PlanProgress): PlanProgressApi {
  return {
    slug: plan.slug,
    title: plan.title,
    titleEn: plan.titleEn,
    ...statusFields(plan.status),
    startYear: plan.startYear,
    endYear: plan.endYear,
    areas: plan.areas,
    follows: plan.follows,
    followedBy: plan.followedBy,
    scope: plan.scope,
    measures: plan.measures.map(toMeasureProgressApi),
    share: plan.share,
  };
}

export function toProgressApi(progress: ReturnType<typeof getProgress>): Body<ProgressApi> {
  return {
    national: { plans: progress.national.plans, measures: progress.national.measures.map((m) => ({ ...toMeasureProgressApi(m), plansPlanned: m.plansPlanned, plansCompleted: m.plansCompleted })) },
    plans: progress.plans.map(toPlanProgressApi),
    areas: progress.areas.map((entry) => ({ area: entry.area, plans: entry.plans, measures: entry.measures.map(toMeasureProgressApi) })),
  };
}

export function toAreaBriefApi(row: AreaSummary): AreaBriefApi {
  return {
    slug: row.slug,
    name: row.name,
    type: row.type,
    partOf: row.partOf,
    municipality: row.municipality,
    location: row.location,
    lastListed: row.lastListed,
    onLatestList: row.onLatestList,
    listDates: row.listDates,
  };
}

export function toAreaApi(profile: AreaProfile, figures: MeasureFigure[], plans: PlanProgress[]): Body<AreaApi> {
  const statuses: Record<string, AreaProfile['statuses'][number]['categories'][number]['code'][]> = {};
  for (const status of profile.statuses) statuses[status.date] = [...new Set(status.categories.map((c) => c.code))];
  const location = profile.location;
  return {
    slug: profile.slug,
    name: profile.name,
    aliases: profile.aliases.map((alias) => alias.name),
    municipality: profile.municipality,
    type: profile.type,
    partOf: profile.partOf?.slug ?? null,
    parts: profile.parts.map((part) => part.slug),
    location: location ? { lat: location.lat, lon: location.lon, precision: location.precision, place: location.place } : null,
    statuses,
    interventions: profile.interventions.map((intervention) => intervention.slug),
    facts: {
      aliases: profile.aliases,
      town: profile.town,
      housingOrganisations: profile.housingOrganisations,
      built: profile.built,
      dwellings: profile.dwellings,
      residents: profile.residents,
      location: location ? { lat: location.lat, lon: location.lon, precision: location.precision, place: location.place, sources: location.sources, placeSources: location.placeSources } : null,
      boundary: profile.boundary,
      summary: profile.summary,
      links: profile.links,
      listStatuses: profile.statuses,
      interventions: profile.interventions.map((intervention) => ({ ...toInterventionApi(intervention), via: intervention.via })),
    },
    figures: figures.map(toMeasureFigureApi),
    developmentPlans: plans.map(toPlanProgressApi),
    sources: profile.recordSources,
    bibliography: profile.bibliography,
  };
}

export function toListsApi(lists: ListOverview[]): Body<ListsApi> {
  return { lists };
}

export function toListApi(list: ListDetail): Body<ListApi> {
  return {
    date: list.date,
    title: list.title,
    titleEn: list.titleEn,
    criteria: list.criteria,
    categories: list.categories.map((category) => ({
      code: category.code,
      publishedTotal: category.publishedTotal,
      totalSources: category.totalSources,
      complete: category.complete,
      areas: category.areas,
      areaSlugs: category.areas.map((area) => area.slug),
    })),
    events: list.events,
    previous: list.previous,
    entered: list.entered,
    left: list.left,
    sources: list.recordSources,
    bibliography: list.bibliography,
  };
}

export function toSearchApi(results: SearchResults): Body<SearchApi> {
  return {
    query: results.query,
    areas: results.areas.map((hit) => ({ ...hit, url: `/omraader/${hit.slug}` })),
    interventions: results.interventions.map((hit) => ({ ...hit, url: `/indsatser/${hit.slug}` })),
    sources: results.sources,
  };
}

export function toCompareApi(comparison: Comparison): Body<CompareApi> {
  return {
    areas: comparison.areas.map((area) => ({
      slug: area.profile.slug,
      name: area.profile.name,
      type: area.profile.type,
      municipality: area.profile.municipality,
      dwellings: area.profile.dwellings.at(-1) ?? null,
      residents: area.profile.residents.at(-1) ?? null,
      years: area.years,
      firstListedYear: area.firstListedYear,
      firstListedUncertain: area.firstListedUncertain,
      highest: area.highest,
      figures: area.figures.map(toMeasureFigureApi),
      interventionsByCategory: Object.fromEntries(
        Object.entries(area.interventionsByCategory).map(([category, items]) => [
          category,
          items.map((i) => ({ slug: i.slug, title: i.title, titleEn: i.titleEn, ...statusFields(i.status), startYear: i.startYear, endYear: i.endYear })),
        ]),
      ),
    })),
    categories: comparison.categories,
    bibliography: comparison.bibliography,
  };
}
