import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDatabase } from './build';
import { identityOf, itemKeys, parseClaimKey } from './claim-keys';
import { openDatabase } from './connection';
import { listClaimRows } from './queries/exports';
import { copyFixture, editYaml } from './testing/fixture';

/** The published claims (as in claims.csv) of a data directory. */
function claimsOf(dataDir: string): string[] {
  const outPath = path.join(mkdtempSync(path.join(tmpdir(), 'boligatlas-keys-')), 'keys.sqlite');
  buildDatabase({ dataDir, outPath });
  return listClaimRows(openDatabase(outPath))
    .map((row) => `${row.subjectType} ${row.subjectKey} ${row.sourceId}`)
    .sort();
}

describe('claim keys', () => {
  it('name an item by what it is, with ~2 only for the same fact twice', () => {
    const quantities = [
      { measure: 'dwellings_demolished', basis: 'planned', asOf: 2019, value: 300 },
      { measure: 'dwellings_demolished', basis: 'completed', asOf: 2023, value: 120 },
      { measure: 'dwellings_demolished', basis: 'planned', asOf: 2019, value: 300 },
    ];
    expect(itemKeys('fixture-plan', quantities, identityOf.quantity)).toEqual([
      'fixture-plan#dwellings_demolished:planned:2019:300',
      'fixture-plan#dwellings_demolished:completed:2023:120',
      'fixture-plan#dwellings_demolished:planned:2019:300~2',
    ]);
    expect(itemKeys('vollsmose', [{ name: 'Voldsmose' }, { name: 'Vollsmosefirkanten' }], identityOf.alias)).toEqual(['vollsmose#voldsmose', 'vollsmose#vollsmosefirkanten']);
    expect(parseClaimKey('area.alias', 'vollsmose#voldsmose')).toEqual({ record: 'vollsmose', area: null });
    expect(parseClaimKey('list.membership', '2022-12-01/omdannelse/mjoelnerparken')).toEqual({ record: '2022-12-01', area: 'mjoelnerparken' });
  });

  it('keep every identifier in claims.csv when a YAML list is reordered', () => {
    const before = claimsOf(copyFixture());
    const reordered = copyFixture();
    editYaml(reordered, 'areas/fixture-park.yaml', (area) => {
      area.aliases.push({ name: 'Fiksturparken Nord', kind: 'spelling', sources: ['fx-news'] });
    });
    const withExtra = claimsOf(reordered);
    editYaml(reordered, 'areas/fixture-park.yaml', (area) => area.aliases.reverse());
    editYaml(reordered, 'interventions/fixture-plan.yaml', (plan) => {
      plan.quantities.push({ measure: 'dwellings_built', value: 50, basis: 'planned', asOf: 2020, sources: ['fx-wiki'] });
      plan.quantities.reverse();
    });
    const after = claimsOf(reordered);
    // Every claim that existed still has the same key; reordering added none and changed none.
    expect(before.filter((claim) => !withExtra.includes(claim))).toEqual([]);
    expect(withExtra.filter((claim) => !after.includes(claim))).toEqual([]);
    expect(after).toContain('intervention.quantity fixture-plan#dwellings_built:planned:2020:50 fx-wiki');
  });
});
