/** One page of a list (issue 18): a window of each category's names, with the counts and the bibliography of what it shows. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../build';
import { openDatabase, type Db } from '../connection';
import { validFixture } from '../testing/fixture';
import { collectSourceIds } from './sources';
import { getList, getListPage, listListDates } from './lists';

let db: Db;
beforeAll(() => {
  const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-lp-')), 'lp.sqlite');
  buildDatabase({ dataDir: validFixture, outPath });
  db = openDatabase(outPath);
});

describe('getListPage', () => {
  it('shows the whole list on its first page at the default size', () => {
    for (const date of listListDates(db)) {
      const list = getList(date, db)!;
      const page = getListPage(date, 1, undefined, db)!;
      expect(page.pages).toBe(1);
      expect(page.categories.map((c) => c.areas.map((a) => a.slug))).toEqual(list.categories.map((c) => c.areas.map((a) => a.slug)));
      expect(page.bibliography.map((s) => s.id)).toEqual(list.bibliography.map((s) => s.id));
    }
  });

  it('cuts every category to the window of its page, keeps the counts of all names, and cites only what it shows', () => {
    const date = listListDates(db).find((d) => Math.max(...getList(d, db)!.categories.map((c) => c.areas.length)) >= 2)!;
    expect(date).toBeDefined();
    const list = getList(date, db)!;
    const largest = Math.max(...list.categories.map((c) => c.areas.length));
    const pages = Array.from({ length: largest }, (_, i) => getListPage(date, i + 1, 1, db)!);
    expect(pages[0]!.pages).toBe(largest);
    list.categories.forEach((category, k) => {
      // Page by page, a category's names come back whole and in order, and each page knows the total.
      expect(pages.flatMap((page) => page.categories[k]!.areas.map((a) => a.slug))).toEqual(category.areas.map((a) => a.slug));
      for (const page of pages) expect(page.categories[k]!.named).toBe(category.areas.length);
    });
    for (const page of pages) {
      const { bibliography, ...shown } = page;
      expect(new Set(bibliography.map((s) => s.id))).toEqual(new Set(collectSourceIds(shown)));
    }
    // A page past the last is the last; a nonsense page is the first.
    expect(getListPage(date, 999, 1, db)!.page).toBe(largest);
    expect(getListPage(date, Number.NaN, 1, db)!.page).toBe(1);
    expect(getListPage('1900-01-01', 1, 1, db)).toBeNull();
  });
});
