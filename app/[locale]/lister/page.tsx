import type { Metadata } from 'next';
import * as Plot from '@observablehq/plot';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listLists } from '@/db/queries/lists';
import { Link } from '@/app/_i18n/navigation';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { PlotFigure } from '@/app/_components/charts/plot-figure';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'lists' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/lister', locale) };
}

export default async function ListsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('lists');
  const l = await getLabels();
  const lists = listLists();
  // One point per list and category with a published total; unknown totals are left out, not zero.
  const points = lists.flatMap((list) =>
    list.categories
      .filter((category) => category.publishedTotal !== null)
      .map((category) => ({
        date: new Date(`${list.date}T00:00:00Z`),
        total: category.publishedTotal,
        category: l.category(category.code).replace(/ \(.*\)$/, ''),
      })),
  );
  const lastLabels = spreadLabels(lastPoints(points), 3.6);
  const base = {
    x: { type: 'utc', label: t('list'), grid: true },
    y: { label: t('count'), grid: true, zero: true },
    color: { scheme: 'observable10' },
  } as const;
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('intro', { count: lists.length })}</p>
      <PlotFigure
        caption={t('chartCaption')}
        options={{
          ...base,
          width: 900,
          height: 360,
          marginLeft: 44,
          marginRight: 150,
          color: { ...base.color, legend: false },
          marks: [
            Plot.line(points, { x: 'date', y: 'total', stroke: 'category', marker: 'circle' }),
            // Each line's name at its end, moved apart where two ends meet (spreadLabels).
            Plot.text(lastLabels, { x: 'date', y: 'labelY', text: 'category', fill: 'category', textAnchor: 'start', dx: 6, fontSize: 12 }),
          ],
        }}
        narrow={{
          ...base,
          width: 380,
          height: 300,
          marginLeft: 36,
          marginRight: 12,
          style: { fontSize: '12px' },
          x: { ...base.x, ticks: 4 },
          color: { ...base.color, legend: true },
          marks: [Plot.line(points, { x: 'date', y: 'total', stroke: 'category', marker: 'circle' })],
        }}
      />
      <div className="table-scroll">
        <table>
          <caption>{t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list')}</th>
              <th scope="col">{t('criteria')}</th>
              <th scope="col">{t('categories')}</th>
            </tr>
          </thead>
          <tbody>
            {lists.map((list) => (
              <tr key={list.date}>
                <th scope="row">
                  <Link href={`/lister/${list.date}`}>{l.date(list.date)}</Link>
                </th>
                <td>{list.criteriaEra}</td>
                <td>
                  <ul className="plain">
                    {list.categories.map((category) => (
                      <li key={category.code}>
                        {l.category(category.code)}: {category.publishedTotal ?? t('unknownCount')}
                        {category.complete ? '' : ` (${t('namesFound', { count: category.named })})`}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface Point {
  date: Date;
  total: number | null;
  category: string;
}

/** The last point of each category's line. */
function lastPoints(points: Point[]): Point[] {
  const last = new Map<string, Point>();
  for (const point of points) {
    const seen = last.get(point.category);
    if (!seen || seen.date < point.date) last.set(point.category, point);
  }
  return [...last.values()];
}

/**
 * End labels moved apart vertically: of lines ending on the same list, each label sits at least
 * `gap` (in the y unit, areas) from the next, keeping their order. A label is placed, never a value.
 */
function spreadLabels(points: Point[], gap: number): (Point & { labelY: number })[] {
  const byDate = new Map<number, Point[]>();
  for (const point of points) byDate.set(point.date.getTime(), [...(byDate.get(point.date.getTime()) ?? []), point]);
  return [...byDate.values()].flatMap((group) => {
    const sorted = [...group].sort((a, b) => (b.total ?? 0) - (a.total ?? 0));
    let previous = Number.POSITIVE_INFINITY;
    return sorted.map((point) => {
      const labelY = Math.min(point.total ?? 0, previous - gap);
      previous = labelY;
      return { ...point, labelY };
    });
  });
}
