import Link from 'next/link';
import type { FigureTotal, MeasureFigure } from '@/db/queries/figures';
import { formatNumber, label, measureLabels } from './labels';
import { SourceRefs, type FootnoteIndex } from './source-refs';

function Total({ total, index }: { total: FigureTotal | null; index?: FootnoteIndex }) {
  if (!total) return <span className="unknown">ukendt</span>;
  const sources = [...new Set(total.contributions.flatMap((c) => c.sources))];
  return (
    <>
      {formatNumber(total.total)}
      {index ? <SourceRefs ids={sources} index={index} /> : null}
      <details className="breakdown">
        <summary>
          <span className="visually-hidden">Hvordan tallet er lagt sammen: </span>
          {total.contributions.length === 1 ? '1 indsats' : `${total.contributions.length} indsatser`}
        </summary>
        <ul>
          {total.contributions.map((contribution) => (
            <li key={contribution.slug}>
              <Link href={`/indsatser/${contribution.slug}`}>{contribution.title}</Link>: {formatNumber(contribution.value)} (opgjort{' '}
              {contribution.asOf})
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/**
 * Dwellings demolished, sold, converted and built: planned and completed side by side, each total
 * with its sources and the interventions it adds up.
 */
export function FiguresTable({ figures, caption, index }: { figures: MeasureFigure[]; caption: string; index?: FootnoteIndex }) {
  return (
    <table className="figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Boliger</th>
          <th scope="col">Planlagt</th>
          <th scope="col">Gennemført</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.measure}>
            <th scope="row">{label(measureLabels, figure.measure)}</th>
            <td className="number">
              <Total total={figure.planned} index={index} />
            </td>
            <td className="number">
              <Total total={figure.completed} index={index} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const figuresNote =
  'Hver indsats tæller med sit seneste tal. Et tal for en etape tæller ikke med, når planen, den er del af, selv angiver et samlet tal af samme slags, og en afløst plans planlagte tal tæller ikke, når planen, der afløser den, angiver sit eget; planlagte tal for opgivne indsatser tæller ikke. Planlagt og gennemført lægges aldrig sammen.';
