import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import type { Db } from '../connection';
import { areas, criteriaEras, listCategories, listEvents, listMemberships, lists, municipalities, type Source } from '../schema';
import { type CategoryCode } from '../data-schema';

import { getBibliography, getCitations } from './sources';
import { clampPage, LIST_PAGE_SIZE } from './page-sizes';
import { membershipKey, totalKey } from '../claim-keys';
import { areaScope } from './rules';
import type { MunicipalityRef } from './areas';
import type { MembershipFilter } from './filters';

export interface ListOverview {
  date: string;
  /** The official title, or null when no source gives it. */
  title: string | null;
  /** An English gloss of the title, when the data gives one. */
  titleEn: string | null;
  criteriaEra: string;
  /** True when every category of the list names all its published areas. */
  complete: boolean;
  /** `named`: how many areas of the category we have names for. */
  categories: { code: CategoryCode; publishedTotal: number | null; complete: boolean; named: number }[];
}

/** Every list, oldest first, with its categories and whether its names are complete. */
export function listLists(db: Db = getDb()): ListOverview[] {
  const categoryRows = db.select().from(listCategories).orderBy(asc(listCategories.listDate)).all();
  const namedRows = db
    .select({ date: listMemberships.listDate, code: listMemberships.categoryCode, n: sql<number>`count(*)` })
    .from(listMemberships)
    .groupBy(listMemberships.listDate, listMemberships.categoryCode)
    .all();
  const namedCount = new Map(namedRows.map((row) => [`${row.date}/${row.code}`, row.n]));
  return db
    .select()
    .from(lists)
    .orderBy(asc(lists.date))
    .all()
    .map((list) => {
      const categories = categoryRows
        .filter((row) => row.listDate === list.date)
        .map((row) => ({
          code: row.code,
          publishedTotal: row.publishedTotal,
          complete: row.complete,
          named: namedCount.get(`${row.listDate}/${row.code}`) ?? 0,
        }));
      return { ...list, categories, complete: categories.every((category) => category.complete) };
    });
}

export interface ListDetailCategory {
  code: CategoryCode;
  publishedTotal: number | null;
  totalSources: string[];
  complete: boolean;
  areas: {
    slug: string;
    name: string;
    municipality: MunicipalityRef;
    basis: 'printed' | 'derived';
    derivation: string | null;
    derivationEn: string | null;
    note: string | null;
    noteEn: string | null;
    sources: string[];
  }[];
}

export interface ListDetail {
  date: string;
  title: string | null;
  titleEn: string | null;
  criteria: { id: string; title: string; titleEn: string | null; rule: string; ruleEn: string | null; minResidents: number | null; sources: string[] } | null;
  categories: ListDetailCategory[];
  events: { date: string; description: string; descriptionEn: string | null; sources: string[] }[];
  previous: { date: string; complete: boolean } | null;
  /** Areas named on this list but on no category of the previous list, and the reverse. */
  entered: { slug: string; name: string }[];
  left: { slug: string; name: string }[];
  recordSources: string[];
  bibliography: Source[];
}

/** Every list date, for prerendering. */
export function listListDates(db: Db = getDb()): string[] {
  return db.select({ date: lists.date }).from(lists).orderBy(asc(lists.date)).all().map((row) => row.date);
}

/** One list with its categories, named areas, the criteria then and the changes since the list before. */
export function getList(date: string, db: Db = getDb()): ListDetail | null {
  const list = db.select().from(lists).where(eq(lists.date, date)).get();
  if (!list) return null;
  const all = listLists(db);
  const at = all.findIndex((entry) => entry.date === date);
  const previous = at > 0 ? all[at - 1] ?? null : null;
  const era = db.select().from(criteriaEras).where(eq(criteriaEras.id, list.criteriaEra)).get();

  const memberRows = db
    .select({
      date: listMemberships.listDate,
      code: listMemberships.categoryCode,
      slug: listMemberships.areaSlug,
      basis: listMemberships.basis,
      derivation: listMemberships.derivation,
      derivationEn: listMemberships.derivationEn,
      note: listMemberships.note,
      noteEn: listMemberships.noteEn,
      name: areas.name,
      municipalityCode: areas.municipalityCode,
      municipality: municipalities.name,
      region: municipalities.region,
    })
    .from(listMemberships)
    .innerJoin(areas, eq(areas.slug, listMemberships.areaSlug))
    .leftJoin(municipalities, eq(municipalities.code, areas.municipalityCode))
    .where(inArray(listMemberships.listDate, previous ? [date, previous.date] : [date]))
    .orderBy(asc(areas.name))
    .all();
  const current = memberRows.filter((row) => row.date === date);
  const memberSources = getCitations('list.membership', current.map((row) => membershipKey(date, row.code, row.slug)), db);
  const categoryRows = db.select().from(listCategories).where(eq(listCategories.listDate, date)).all();
  const totalSources = getCitations('list.total', categoryRows.map((row) => totalKey(date, row.code)), db);
  const eventRows = db.select().from(listEvents).where(eq(listEvents.listDate, date)).orderBy(asc(listEvents.idx)).all();
  const eventSources = getCitations('list.event', eventRows.map((row) => row.claimKey), db);

  const named = (rows: typeof memberRows) => new Map(rows.map((row) => [row.slug, { slug: row.slug, name: row.name }]));
  const now = named(current);
  const before = named(memberRows.filter((row) => row.date === previous?.date));
  const detail: Omit<ListDetail, 'bibliography'> = {
    date,
    title: list.title,
    titleEn: list.titleEn,
    criteria: era
      ? { id: era.id, title: era.title, titleEn: era.titleEn, rule: era.rule, ruleEn: era.ruleEn, minResidents: era.minResidents, sources: getCitations('criteria', [era.id], db).get(era.id) ?? [] }
      : null,
    categories: categoryRows.map((category) => ({
      code: category.code,
      publishedTotal: category.publishedTotal,
      totalSources: totalSources.get(totalKey(date, category.code)) ?? [],
      complete: category.complete,
      areas: current
        .filter((row) => row.code === category.code)
        .map((row) => ({
          slug: row.slug,
          name: row.name,
          municipality: { code: row.municipalityCode, name: row.municipality ?? String(row.municipalityCode), region: row.region },
          basis: row.basis,
          derivation: row.derivation,
          derivationEn: row.derivationEn,
          note: row.note,
          noteEn: row.noteEn,
          sources: memberSources.get(membershipKey(date, row.code, row.slug)) ?? [],
        })),
    })),
    events: eventRows.map((row) => ({ date: row.date, description: row.description, descriptionEn: row.descriptionEn, sources: eventSources.get(row.claimKey) ?? [] })),
    previous: previous ? { date: previous.date, complete: previous.complete } : null,
    entered: previous ? [...now.values()].filter((area) => !before.has(area.slug)) : [],
    left: previous ? [...before.values()].filter((area) => !now.has(area.slug)) : [],
    recordSources: getCitations('list', [date], db).get(date) ?? [],
  };
  return { ...detail, bibliography: getBibliography(detail, db) };
}


/** A category on one page of a list: its names in a window, with the counts of all of them. */
export type ListPageCategory = ListDetailCategory & {
  /** Every name found for the category, and how many of them are derived. */
  named: number;
  derived: number;
  /** The 1-based position of the first name shown. */
  from: number;
};

export interface ListPage extends Omit<ListDetail, 'categories'> {
  categories: ListPageCategory[];
  enteredTotal: number;
  leftTotal: number;
  page: number;
  pages: number;
  size: number;
}

/**
 * One page of a list: the `page`-th window of `size` names of every category (a page past the
 * last is the last), the areas that entered and left cut to `size` each, and the bibliography of
 * what the page shows. The first page is the prerendered one; the others are rendered per request.
 */
export function getListPage(date: string, page: number, size = LIST_PAGE_SIZE, db: Db = getDb()): ListPage | null {
  const list = getList(date, db);
  if (!list) return null;
  const largest = Math.max(0, ...list.categories.map((category) => category.areas.length));
  const { page: current, pages } = clampPage(largest, page, size);
  const start = (current - 1) * size;
  const { bibliography, ...rest } = list;
  void bibliography; // the page's own bibliography is worked out from what it shows, below
  const shown: Omit<ListPage, 'bibliography'> = {
    ...rest,
    categories: list.categories.map((category) => ({
      ...category,
      named: category.areas.length,
      derived: category.areas.filter((area) => area.basis === 'derived').length,
      from: start + 1,
      areas: category.areas.slice(start, start + size),
    })),
    entered: list.entered.slice(0, size),
    left: list.left.slice(0, size),
    enteredTotal: list.entered.length,
    leftTotal: list.left.length,
    page: current,
    pages,
    size,
  };
  return { ...shown, bibliography: getBibliography(shown, db) };
}

/** One row per area, list and category: the state's designations as a flat table. */
export interface MembershipRow {
  listDate: string;
  category: string;
  tier: string;
  area: string;
  areaName: string;
  municipality: string;
  categoryComplete: boolean;
  /** `printed`: a source prints the name on this list; `derived`: worked out, as `derivation` says. */
  basis: 'printed' | 'derived';
  derivation: string | null;
  derivationEn: string | null;
  note: string | null;
  noteEn: string | null;
  figures: Record<string, unknown> | null;
  sources: string[];
}

export function listMembershipRows(filter: MembershipFilter = {}, db: Db = getDb()): MembershipRow[] {
  const scope = filter.area
    ? areaScope(filter.area, db)
    : null;
  const rows = db
    .select({
      date: listMemberships.listDate,
      code: listMemberships.categoryCode,
      tier: listMemberships.tier,
      slug: listMemberships.areaSlug,
      basis: listMemberships.basis,
      derivation: listMemberships.derivation,
      derivationEn: listMemberships.derivationEn,
      note: listMemberships.note,
      noteEn: listMemberships.noteEn,
      figures: listMemberships.figuresJson,
      name: areas.name,
      municipality: municipalities.name,
      complete: listCategories.complete,
    })
    .from(listMemberships)
    .innerJoin(areas, eq(areas.slug, listMemberships.areaSlug))
    .leftJoin(municipalities, eq(municipalities.code, areas.municipalityCode))
    .innerJoin(listCategories, sql`${listCategories.listDate} = ${listMemberships.listDate} and ${listCategories.code} = ${listMemberships.categoryCode}`)
    .where(and(scope ? inArray(listMemberships.areaSlug, scope) : undefined, filter.basis ? eq(listMemberships.basis, filter.basis) : undefined))
    .orderBy(asc(listMemberships.listDate), asc(listMemberships.categoryCode), asc(areas.name))
    .all();
  const cited = getCitations('list.membership', rows.map((row) => membershipKey(row.date, row.code, row.slug)), db);
  return rows.map((row) => ({
    listDate: row.date,
    category: row.code,
    tier: row.tier,
    area: row.slug,
    areaName: row.name,
    municipality: row.municipality ?? '',
    categoryComplete: row.complete,
    basis: row.basis,
    derivation: row.derivation,
    derivationEn: row.derivationEn,
    note: row.note,
    noteEn: row.noteEn,
    figures: row.figures ? (JSON.parse(row.figures) as Record<string, unknown>) : null,
    sources: cited.get(membershipKey(row.date, row.code, row.slug)) ?? [],
  }));
}
