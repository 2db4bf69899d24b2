import { asc } from 'drizzle-orm';
import { getDb } from '../client';
import type { Db } from '../connection';
import { listCategories, lists } from '../schema';

export interface ListOverview {
  date: string;
  /** The official title, or null when no source gives it. */
  title: string | null;
  criteriaEra: string;
  /** True when every category of the list names all its published areas. */
  complete: boolean;
  categories: { code: string; publishedTotal: number | null; complete: boolean }[];
}

/** Every list, oldest first, with its categories and whether its names are complete. */
export function listLists(db: Db = getDb()): ListOverview[] {
  const categoryRows = db.select().from(listCategories).orderBy(asc(listCategories.listDate)).all();
  return db
    .select()
    .from(lists)
    .orderBy(asc(lists.date))
    .all()
    .map((list) => {
      const categories = categoryRows
        .filter((row) => row.listDate === list.date)
        .map((row) => ({ code: row.code, publishedTotal: row.publishedTotal, complete: row.complete }));
      return { ...list, categories, complete: categories.every((category) => category.complete) };
    });
}
