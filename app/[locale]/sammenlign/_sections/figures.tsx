import { useTranslations } from 'next-intl';
import type { ComparedArea } from '@/db/queries/compare';
import { dwellingMeasures } from '@/db/queries/figures';
import { asOfYears } from '@/app/_components/progress';
import { useLabels } from '@/app/_components/labels';
import { SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';
import { CompareTable } from './shared';

/** Dwellings demolished, sold, converted and built per area: done and planned apart, with as-of years. */
export function FiguresSection({ areas, index }: { areas: ComparedArea[]; index: FootnoteIndex }) {
  const t = useTranslations('compare');
  const tp = useTranslations('progress');
  const l = useLabels();
  return (
    <>
      <h2 id="tal">{t('figures')}</h2>
      <CompareTable caption={t('figuresCaption')} corner={t('dwellings')} areas={areas}>
        {dwellingMeasures.map((measure) => (
          <tr key={measure}>
            <th scope="row">{l.measure(measure)}</th>
            {areas.map((area) => {
              const figure = area.figures.find((f) => f.measure === measure);
              const cell = (basis: 'completed' | 'planned') => {
                const total = figure?.[basis];
                if (!total) return null;
                return (
                  <span className={`basis-${basis}`}>
                    {l.number(total.total)} {l.basis(basis)} ({tp('asOf', { years: asOfYears(total) })})
                    <SourceRefs ids={[...new Set(total.contributions.flatMap((c) => c.sources))]} index={index} />
                  </span>
                );
              };
              const done = cell('completed');
              const planned = cell('planned');
              return (
                <td key={area.profile.slug}>
                  {done}
                  {done && planned ? <br /> : null}
                  {planned}
                  {!done && !planned ? <span className="unknown">{t('unknown')}</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </CompareTable>
    </>
  );
}
