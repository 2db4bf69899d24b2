import { useTranslations } from 'next-intl';
import type { InterventionSummary } from '@/db/queries/interventions';
import { sortCategoriesByKind } from '@/db/queries/rules';
import { Link } from '@/app/_i18n/navigation';
import { useLabels } from './labels';

/** The quantity that sums up a category in a matrix cell. */
const keyMeasure: Record<string, string> = {
  demolition: 'dwellings_demolished',
  sale: 'dwellings_sold',
  conversion: 'dwellings_converted',
  new_housing: 'dwellings_built',
  renovation: 'dwellings_renovated',
};

function latestTotal(rows: InterventionSummary[], measure: string, basis: 'planned' | 'completed'): number | null {
  let total: number | null = null;
  for (const row of rows) {
    const matching = row.quantities.filter((q) => q.measure === measure && q.basis === basis);
    if (matching.length === 0) continue;
    const newest = Math.max(...matching.map((q) => q.asOf));
    total = (total ?? 0) + matching.filter((q) => q.asOf === newest).reduce((sum, q) => sum + q.value, 0);
  }
  return total;
}

/**
 * Areas × intervention categories: how many interventions of each kind an area has, with the key
 * dwelling figure (done, else planned — named as such), each cell linking to the filtered catalogue.
 * Figures here add the interventions of a cell; the area profiles give totals without double counts.
 */
export function InterventionMatrix({ interventions }: { interventions: InterventionSummary[] }) {
  const t = useTranslations('matrix');
  const l = useLabels();
  const categories = sortCategoriesByKind(
    interventions.map((i) => [i.category, i.kind] as const),
    (a, b) => l.interventionCategory(a).localeCompare(l.interventionCategory(b), l.locale),
  );
  const areaNames = new Map<string, string>();
  for (const i of interventions) for (const area of i.areas) areaNames.set(area.slug, area.name);
  const areas = [...areaNames.entries()].sort((a, b) => a[1].localeCompare(b[1], 'da'));
  // Cells indexed once (area and category), so the matrix stays linear in the catalogue.
  const cells = new Map<string, InterventionSummary[]>();
  for (const i of interventions) {
    for (const area of i.areas) {
      const key = `${area.slug}|${i.category}`;
      const cell = cells.get(key);
      if (cell) cell.push(i);
      else cells.set(key, [i]);
    }
  }
  const cellOf = (slug: string, category: string) => cells.get(`${slug}|${category}`) ?? [];

  return (
    <div className="table-scroll">
      <table className="matrix">
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('area')}</th>
            {categories.map((category) => (
              <th scope="col" key={category}>
                {l.interventionCategory(category)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {areas.map(([slug, name]) => (
            <tr key={slug}>
              <th scope="row">
                <Link href={`/omraader/${slug}`}>{name}</Link>
              </th>
              {categories.map((category) => {
                const cell = cellOf(slug, category);
                if (cell.length === 0) return <td key={category} className="empty-cell" />;
                const measure = keyMeasure[category];
                const done = measure ? latestTotal(cell, measure, 'completed') : null;
                const planned = measure && done === null ? latestTotal(cell, measure, 'planned') : null;
                return (
                  <td key={category}>
                    <Link href={`/indsatser?area=${slug}&category=${category}#katalog`}>
                      {t('count', { count: cell.length })}
                    </Link>
                    {done !== null ? <span className="basis-completed"> · {t('done', { value: l.number(done) })}</span> : null}
                    {planned !== null ? <span className="basis-planned"> · {t('planned', { value: l.number(planned) })}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
