import type { Metadata } from 'next';
import * as Plot from '@observablehq/plot';
import Link from 'next/link';
import { listLists } from '@/db/queries/lists';
import { categoryLabels, formatDate, label } from '@/app/_components/labels';
import { PlotFigure } from '@/app/_components/charts/plot-figure';

export const metadata: Metadata = {
  title: 'Lister',
  description: 'Statens lister over udsatte boligområder fra 2010 til i dag: antal pr. kategori, og hvor mange navne vi har fundet.',
};

export default function ListsPage() {
  const lists = listLists();
  // One point per list and category with a published total; unknown totals are left out, not zero.
  const points = lists.flatMap((list) =>
    list.categories
      .filter((category) => category.publishedTotal !== null)
      .map((category) => ({
        date: new Date(`${list.date}T00:00:00Z`),
        total: category.publishedTotal,
        category: label(categoryLabels, category.code),
      })),
  );
  return (
    <>
      <h1>Statens lister</h1>
      <p>
        {lists.length} officielle lister. For hver kategori står det offentliggjorte antal områder og, hvor vi endnu
        ikke har fundet alle navne, hvor mange vi har.
      </p>
      <PlotFigure
        caption="Offentliggjort antal områder pr. kategori på hver liste. Tabellen nedenfor har de samme tal."
        options={{
          width: 900,
          height: 360,
          marginLeft: 44,
          marginRight: 150,
          x: { type: 'utc', label: 'Liste', grid: true },
          y: { label: 'Antal områder', grid: true, zero: true },
          color: { legend: false, scheme: 'observable10' },
          marks: [
            Plot.line(points, { x: 'date', y: 'total', stroke: 'category', marker: 'circle' }),
            Plot.text(points, Plot.selectLast({ x: 'date', y: 'total', z: 'category', text: 'category', fill: 'category', textAnchor: 'start', dx: 6 })),
          ],
        }}
      />
      <table>
        <caption>Alle lister med antal pr. kategori</caption>
        <thead>
          <tr>
            <th scope="col">Liste</th>
            <th scope="col">Kriterier</th>
            <th scope="col">Kategorier: offentliggjort antal (navne fundet)</th>
          </tr>
        </thead>
        <tbody>
          {lists.map((list) => (
            <tr key={list.date}>
              <th scope="row">
                <Link href={`/lister/${list.date}`}>{formatDate(list.date)}</Link>
              </th>
              <td>{list.criteriaEra}</td>
              <td>
                <ul className="plain">
                  {list.categories.map((category) => (
                    <li key={category.code}>
                      {label(categoryLabels, category.code)}: {category.publishedTotal ?? 'ukendt antal'}
                      {category.complete ? '' : ` (${category.named} navne fundet)`}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
