// Page sizes, in a module of their own with no imports, so that client components (the pager on
// /kort) can read them without pulling the filter schemas (zod) into the browser.

/** The page sizes a catalogue offers; the first page of the default size is the prerendered view. */
export const pageSizes = [25, 50, 100, 200] as const;
export const defaultPageSize = 50;

/** Rows per page of each table beside the map (db/queries/kort.ts). */
export const KORT_PAGE_SIZE = 100;
