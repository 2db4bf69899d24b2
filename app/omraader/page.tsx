import type { Metadata } from 'next';
import Link from 'next/link';
import { listAreas } from '@/db/queries/areas';
import { areaTypeLabels, categoryLabels, formatDate, label } from '@/app/_components/labels';

export const metadata: Metadata = {
  title: 'Områder',
  description: 'Alle boligområder, der har stået på statens lister, og de bydele de ligger i.',
};

export default function AreasPage() {
  const areas = listAreas();
  return (
    <>
      <h1>Områder</h1>
      <p>
        {areas.length} områder: de boligområder, staten har listet, og de bydele, de ligger i. Seneste kategori er den
        højeste kategori området (eller et af dets delområder) havde på den seneste liste, det stod på.
      </p>
      <table>
        <caption>Alle områder</caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            <th scope="col">Type</th>
            <th scope="col">Kommune</th>
            <th scope="col">Seneste kategori</th>
            <th scope="col">Lister</th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.slug}>
              <th scope="row">
                <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
              </th>
              <td>{label(areaTypeLabels, area.type)}</td>
              <td>{area.municipality.name}</td>
              <td>
                {area.lastListed ? (
                  <>
                    {area.lastListed.codes.map((code) => label(categoryLabels, code)).join(', ')} (
                    {formatDate(area.lastListed.date)}
                    {area.onLatestList ? ', seneste liste' : ''})
                  </>
                ) : (
                  <span className="unknown">ingen kendt listning</span>
                )}
              </td>
              <td>{area.listDates.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link href="/api/areas" prefetch={false}>Tabellen som JSON</Link>
      </p>
    </>
  );
}
