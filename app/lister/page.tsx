import type { Metadata } from 'next';
import Link from 'next/link';
import { listLists } from '@/db/queries/lists';
import { categoryLabels, formatDate, label } from '@/app/_components/labels';

export const metadata: Metadata = {
  title: 'Lister',
  description: 'Statens lister over udsatte boligområder fra 2010 til i dag: antal pr. kategori, og hvor mange navne vi har fundet.',
};

export default function ListsPage() {
  const lists = listLists();
  return (
    <>
      <h1>Statens lister</h1>
      <p>
        {lists.length} officielle lister. For hver kategori står det offentliggjorte antal områder og, hvor vi endnu
        ikke har fundet alle navne, hvor mange vi har.
      </p>
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
