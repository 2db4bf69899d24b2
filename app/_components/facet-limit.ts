/**
 * A facet with one option per area grows with the data: at 100× the interventions catalogue would
 * send 5,300 area checkboxes (1.2 MB). On the server, before the options reach the (client) facet,
 * they are cut to the chosen ones and the `limit` with the most matches, in their given order.
 */
export function limitFacetOptions<T extends { value: string | number; count: number }>(
  options: readonly T[],
  chosen: readonly (string | number)[] | undefined,
  limit: number,
): { options: T[]; hidden: number } {
  if (options.length <= limit) return { options: [...options], hidden: 0 };
  const picked = new Set((chosen ?? []).map(String));
  const kept = new Set(
    options
      .filter((option) => !picked.has(String(option.value)))
      .sort((a, b) => b.count - a.count)
      .slice(0, limit)
      .map((option) => String(option.value)),
  );
  const shown = options.filter((option) => picked.has(String(option.value)) || kept.has(String(option.value)));
  return { options: shown, hidden: options.length - shown.length };
}
