import { useTranslations } from 'next-intl';
import type { FigureTotal, MeasureFigure } from '@/db/queries/figures';
import { Link } from '@/app/_i18n/navigation';
import { useLabels } from './labels';
import { SourceRefs, type FootnoteIndex } from './source-refs';

function Total({ total, index }: { total: FigureTotal | null; index?: FootnoteIndex }) {
  const t = useTranslations('figures');
  const l = useLabels();
  if (!total) return <span className="unknown">{t('unknown')}</span>;
  const sources = [...new Set(total.contributions.flatMap((c) => c.sources))];
  return (
    <>
      {l.number(total.total)}
      {index ? <SourceRefs ids={sources} index={index} /> : null}
      <details className="breakdown">
        <summary>
          <span className="visually-hidden">{t('howSummed')} </span>
          {t('interventionCount', { count: total.contributions.length })}
        </summary>
        <ul>
          {total.contributions.map((contribution) => (
            <li key={contribution.slug}>
              <Link href={`/indsatser/${contribution.slug}`}>{l.text(contribution.title, contribution.titleEn)}</Link>: {l.number(contribution.value)} (
              {t('asOf', { year: contribution.asOf })})
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
  const t = useTranslations('figures');
  const l = useLabels();
  return (
    <div className="table-scroll">
      <table className="figures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dwellings')}</th>
            <th scope="col">{t('planned')}</th>
            <th scope="col">{t('completed')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.measure}>
              <th scope="row">{l.measure(figure.measure)}</th>
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
    </div>
  );
}

/** How the totals are added up, in the page's language. */
export function FiguresNote() {
  const t = useTranslations('figures');
  return <p>{t('note')}</p>;
}
