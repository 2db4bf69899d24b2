/** Splits keys into runs of at most `size`, so that `where column in (…)` stays under SQLite's parameter limit. */
export const chunks = <T>(items: readonly T[], size = 500): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
