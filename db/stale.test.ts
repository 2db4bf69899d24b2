import { describe, expect, it } from 'vitest';
import { STALE_AFTER_YEARS, stalenessOf } from './stale';

const build = 2026;

describe('stalenessOf', () => {
  it('marks a status confirmed three or more years before the build, not two', () => {
    expect(STALE_AFTER_YEARS).toBe(3);
    expect(stalenessOf({ status: 'ongoing', statusYear: build - 3, endYear: null }, build)).toEqual({ stale: true, confirmedLongAgo: true, endPassed: false });
    expect(stalenessOf({ status: 'ongoing', statusYear: build - 2, endYear: null }, build)).toEqual({ stale: false, confirmedLongAgo: false, endPassed: false });
  });

  it('marks a planned end before the build year as passed, not one in the build year', () => {
    expect(stalenessOf({ status: 'decided', statusYear: build, endYear: build - 1 }, build)).toEqual({ stale: true, confirmedLongAgo: false, endPassed: true });
    expect(stalenessOf({ status: 'decided', statusYear: build, endYear: build }, build)).toEqual({ stale: false, confirmedLongAgo: false, endPassed: false });
  });

  it('gives both reasons when both hold', () => {
    expect(stalenessOf({ status: 'planned', statusYear: 2016, endYear: 2018 }, build)).toEqual({ stale: true, confirmedLongAgo: true, endPassed: true });
  });

  it('never marks a completed or cancelled intervention', () => {
    expect(stalenessOf({ status: 'completed', statusYear: 2010, endYear: 2012 }, build).stale).toBe(false);
    expect(stalenessOf({ status: 'cancelled', statusYear: 2010, endYear: 2012 }, build).stale).toBe(false);
  });
});
