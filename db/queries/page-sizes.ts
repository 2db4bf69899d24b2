// Page sizes and the cutting of pages, in a module of their own with no imports, so that client
// components (the pager on /kort) can read them without pulling the filter schemas (zod) into the
// browser, and every paged query (catalogues, /kort's tables, list pages) cuts pages the same way.

/** The page sizes a catalogue offers; the first page of the default size is the prerendered view. */
export const pageSizes = [25, 50, 100, 200] as const;
export const defaultPageSize = 50;

/** Rows per page of each table beside the map (db/queries/kort.ts). */
export const KORT_PAGE_SIZE = 100;

/** Names per category on one page of a list (db/queries/lists.ts): a whole list today, a window at 100× the data. */
export const LIST_PAGE_SIZE = 100;

/** The page of `count` rows to show: the one asked for, the last one past the end, the first for nonsense (0, NaN). */
export function clampPage(count: number, page: number, size: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(count / size));
  return { page: Math.min(Math.max(1, Math.floor(page) || 1), pages), pages };
}

/** Cuts one page out of sorted keys; a page past the end gives the last page. */
export function cutPage<T>(sorted: readonly T[], page: number, size: number): { keys: T[]; page: number; pages: number } {
  const { page: at, pages } = clampPage(sorted.length, page, size);
  return { keys: sorted.slice((at - 1) * size, at * size), page: at, pages };
}
