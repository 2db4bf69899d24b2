/**
 * When an intervention's status may be out of date (DESIGN §2): one rule, computed at build from the
 * data and the build's year, never written by hand. A completed or cancelled intervention is never
 * stale; any other is stale when a source last confirmed its status STALE_AFTER_YEARS or more years
 * before the build, or when its planned end year lies before the build year.
 */
export const STALE_AFTER_YEARS = 3;

export interface Staleness {
  /** Either reason holds. */
  stale: boolean;
  /** The status was last confirmed STALE_AFTER_YEARS or more years before the build. */
  confirmedLongAgo: boolean;
  /** The planned end year is before the build year, and the intervention is not reported done. */
  endPassed: boolean;
}

export function stalenessOf(
  intervention: { status: string; statusYear: number; endYear: number | null },
  buildYear: number,
): Staleness {
  const open = intervention.status !== 'completed' && intervention.status !== 'cancelled';
  const confirmedLongAgo = open && buildYear - intervention.statusYear >= STALE_AFTER_YEARS;
  const endPassed = open && intervention.endYear !== null && intervention.endYear < buildYear;
  return { stale: confirmedLongAgo || endPassed, confirmedLongAgo, endPassed };
}

/** The reasons a status may be out of date, as the API and CSV name them. */
export function staleReasonsOf(staleness: Staleness): ('confirmed_long_ago' | 'end_passed')[] {
  return [...(staleness.confirmedLongAgo ? (['confirmed_long_ago'] as const) : []), ...(staleness.endPassed ? (['end_passed'] as const) : [])];
}

/** The staleness the build computed and stored (the rule above). */
export function stalenessOfRow(row: { staleConfirmation: boolean; staleEndPassed: boolean }): Staleness {
  return { stale: row.staleConfirmation || row.staleEndPassed, confirmedLongAgo: row.staleConfirmation, endPassed: row.staleEndPassed };
}
