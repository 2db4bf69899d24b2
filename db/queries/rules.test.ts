import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildDatabase } from '../build';
import { openDatabase } from '../connection';
import { copyFixture } from '../testing/fixture';
import { listAreaMapEntries, listAreaRows } from './areas';
import { listMapYears } from './geo';
import { gatherWithParts, listedRun, listOfYear } from './rules';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('listOfYear', () => {
  it('lets the latest list dated in a year stand for it, whatever the order given', () => {
    expect([...listOfYear(['2014-12-01', '2010-10-26', '2014-02-01'])]).toEqual([
      ['2010', '2010-10-26'],
      ['2014', '2014-12-01'],
    ]);
  });
});

describe('gatherWithParts', () => {
  it('gives a district its parts’ items and a part only its own', () => {
    const of = gatherWithParts(
      [
        { slug: 'district', partOf: null },
        { slug: 'part', partOf: 'district' },
      ],
      [{ area: 'district', n: 1 }, { area: 'part', n: 2 }],
      (item) => item.area,
    );
    expect(of('district').map((i) => i.n)).toEqual([1, 2]);
    expect(of('part').map((i) => i.n)).toEqual([2]);
  });
});

describe('one year rule for the area table and the map', () => {
  it('counts an area as listed in 2022 only if the year’s latest list names it', () => {
    // A second, later list in 2022 that names only fixture-park: the table and the map must agree on 2022.
    const dir = copyFixture();
    const out = mkdtempSync(path.join(tmpdir(), 'boligatlas-rules-'));
    scratch.push(dir, out);
    writeFileSync(
      path.join(dir, 'lists', '2022-12-31.yaml'),
      stringify({
        date: '2022-12-31',
        title: null,
        criteria: '2021',
        sources: ['fx-list-2022'],
        categories: [{ code: 'parallelsamfund', publishedTotal: 1, totalSources: ['fx-list-2022'], complete: true, areas: [{ area: 'fixture-park', basis: 'printed' }] }],
      }),
    );
    const outPath = path.join(out, 'rules.sqlite');
    buildDatabase({ dataDir: dir, outPath });
    const db = openDatabase(outPath);
    const table = listAreaRows({ year: 2022 }, db).map((row) => row.slug).sort();
    const map = listAreaMapEntries(db).filter((entry) => entry.years['2022']).map((entry) => entry.slug).sort();
    expect(table).toEqual(map);
    expect(table).toEqual(['fixture-district', 'fixture-park']);
    expect(listMapYears(db)).toEqual([{ year: 2022, listDate: '2022-12-31', complete: true }]);
  });
});

describe('listedRun', () => {
  const lists = [
    { date: '2010-10-01', complete: false },
    { date: '2013-12-01', complete: true },
    { date: '2014-12-01', complete: false },
    { date: '2015-12-01', complete: true },
    { date: '2016-12-01', complete: true },
  ];
  it('counts back from the newest list to the first list of the unbroken run', () => {
    expect(listedRun(['2010-10-01', '2015-12-01', '2016-12-01'], lists)).toEqual({ onNewest: true, since: '2015-12-01', unknownGaps: [], maybeEarlier: [] });
  });
  it('does not let an incomplete list break the run, but reports it', () => {
    expect(listedRun(['2013-12-01', '2015-12-01', '2016-12-01'], lists)).toEqual({ onNewest: true, since: '2013-12-01', unknownGaps: ['2014-12-01'], maybeEarlier: ['2010-10-01'] });
  });
  it('keeps an incomplete list before the run out of the gaps, and says the run may have begun there', () => {
    expect(listedRun(['2013-12-01', '2014-12-01', '2015-12-01', '2016-12-01'], lists)).toEqual({ onNewest: true, since: '2013-12-01', unknownGaps: [], maybeEarlier: ['2010-10-01'] });
  });
  it('has no run when the area is not on the newest list', () => {
    expect(listedRun(['2013-12-01'], lists)).toEqual({ onNewest: false, since: null, unknownGaps: [], maybeEarlier: [] });
  });
});
