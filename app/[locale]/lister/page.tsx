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
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('intro', { count: lists.length })}</p>
      <PlotFigure
        caption={t('chartCaption')}
        options={{
          width: 900,
          height: 360,
          marginLeft: 44,
          marginRight: 150,
          x: { type: 'utc', label: t('list'), grid: true },
          y: { label: t('count'), grid: true, zero: true },
          color: { legend: false, scheme: 'observable10' },
          marks: [
            Plot.line(points, { x: 'date', y: 'total', stroke: 'category', marker: 'circle' }),
            Plot.text(points, Plot.selectLast({ x: 'date', y: 'total', z: 'category', text: 'category', fill: 'category', textAnchor: 'start', dx: 6 })),
          ],
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
