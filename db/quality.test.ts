import { describe, expect, it } from 'vitest';
import { loadData } from './load';
import { formatQualityReport, qualityReport } from './quality';
import { expectedNewestListDate } from './queries/rules';
import { validFixture } from './testing/fixture';

describe('the data-quality report', () => {
  const { data } = loadData(validFixture);
  const report = qualityReport(data, 2026);

  it('counts sources by date and origin, and the facts that rest only on a copy', () => {
    expect(report.sources).toEqual({ total: 6, undated: 1, primary: 5, mirror: 1, reHost: 0 });
    // fx-wiki (a mirror) is the only source of some facts of the fixture area.
    expect(report.facts.mirrorOnly).toBeGreaterThan(0);
    expect(report.facts.mirrorOnly).toBeLessThan(report.facts.total);
  });

  it('counts printed and derived memberships, incomplete categories and stale statuses', () => {
    expect(report.memberships).toEqual({ total: 3, printed: 2, derived: 1 });
    expect(report.categories).toEqual({ total: 2, incomplete: 1 });
    expect(report.statuses.total).toBe(data.interventions.length);
    // fixture-law's completed status cites only fx-wiki, which has no publication date.
    expect(report.statuses.undatedConfirmation).toBe(1);
    expect(formatQualityReport(report).join('\n')).toContain('1 confirmed only by undated sources');
    expect(report.newestList).toBe('2022-12-01');
    expect(formatQualityReport(report).join('\n')).toContain('3 (2 printed, 1 derived)');
  });
});

describe('the newest list the state should have published', () => {
  it('is the 1 December of this year from that day on, and of last year before it', () => {
    expect(expectedNewestListDate('2026-11-30T23:00:00Z')).toBe('2025-12-01');
    expect(expectedNewestListDate('2026-12-01T00:00:00Z')).toBe('2026-12-01');
    expect(expectedNewestListDate('2026-12-03')).toBe('2026-12-01');
  });
});
