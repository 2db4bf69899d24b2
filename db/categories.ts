/**
 * The official list categories and the harmonised tiers they map to (DESIGN §2).
 * Shared by the build (which stores the tier) and the pages (which colour and rank by it).
 */
import type { CategoryCode, CriteriaEraId } from './data-schema';

export const tiers = ['prevention', 'vulnerable', 'listed', 'parallel', 'transformation'] as const;
export type Tier = (typeof tiers)[number];

/** Maps an official category code, in the era of criteria it was used under, to its tier. */
export function tierOf(code: CategoryCode, era: CriteriaEraId): Tier {
  if (era === '2010' || era === '2013') return 'listed';
  switch (code) {
    case 'forebyggelse':
      return 'prevention';
    case 'udsat':
      return 'vulnerable';
    case 'ghetto':
    case 'parallelsamfund':
      return 'parallel';
    case 'haardt_ghetto':
    case 'omdannelse':
      return 'transformation';
  }
}

/** The highest of several tiers (an area can hold several categories on one list). */
export function highestTier(values: readonly Tier[]): Tier | null {
  let best: Tier | null = null;
  for (const value of values) {
    if (best === null || tiers.indexOf(value) > tiers.indexOf(best)) best = value;
  }
  return best;
}
