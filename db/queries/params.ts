import type { z } from 'zod';

export type FilterResult<T> = { ok: true; filter: T } | { ok: false; parameter: string; message: string };

/**
 * Validates query parameters against a zod object of optional fields. Empty values count as
 * absent (an HTML form sends `kind=` for "all"); an unknown parameter, a repeated one or a bad
 * value is an error that names the parameter, with `expected` saying what each one takes.
 */
export function parseParams<T>(
  params: URLSearchParams,
  schema: z.ZodType<T>,
  expected: Record<string, string>,
  extraKeys: readonly string[] = [],
): FilterResult<T> {
  const keys = Object.keys(expected);
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (extraKeys.includes(key)) continue;
    if (!keys.includes(key)) {
      return { ok: false, parameter: key, message: `unknown parameter "${key.slice(0, 60)}" (expected one of ${keys.join(', ')})` };
    }
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, parameter: key, message: `parameter "${key}" given more than once` };
    const value = values[0]?.trim() ?? '';
    if (value !== '') raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, filter: parsed.data };
  const parameter = String(parsed.error.issues[0]?.path[0] ?? '');
  const got = JSON.stringify(raw[parameter] ?? '').slice(0, 60);
  return { ok: false, parameter, message: `parameter "${parameter}": expected ${expected[parameter] ?? 'a valid value'}, got ${got}` };
}
