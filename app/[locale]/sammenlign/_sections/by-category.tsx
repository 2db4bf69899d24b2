import { useTranslations } from 'next-intl';
import { Link } from '@/app/_i18n/navigation';
import type { ComparedArea } from '@/db/queries/compare';
import type { InterventionCategory } from '@/db/data-schema';
import { StatusText } from '@/app/_components/status-text';
import { useLabels } from '@/app/_components/labels';
import { SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';
import { CompareTable } from './shared';

/** The interventions of each area by category, with status and figures. */
export function ByCategorySection({ areas, categories, index }: { areas: ComparedArea[]; categories: InterventionCategory[]; index: FootnoteIndex }) {
  const t = useTranslations('compare');
  const l = useLabels();
  return (
    <>
      <h2 id="indsatser">{t('byCategory')}</h2>
      <CompareTable caption={t('byCategoryCaption')} corner={t('category')} areas={areas}>
        {categories.map((category) => (
          <tr key={category}>
            <th scope="row">{l.interventionCategory(category)}</th>
            {areas.map((area) => (
              <td key={area.profile.slug}>
                <ul className="plain">
                  {(area.interventionsByCategory[category] ?? []).map((intervention) => (
                    <li key={intervention.slug}>
                      <Link href={`/indsatser/${intervention.slug}`}>{l.text(intervention.title, intervention.titleEn)}</Link> (
                      <StatusText status={intervention.status} />
                      <SourceRefs ids={intervention.status.sources} index={index} />)
                      {intervention.quantities
                        .filter((q) => q.measure !== 'budget_dkk')
                        .map((q, i) => (
                          <span key={i} className={`basis-${q.basis}`}>
                            {' '}
                            · {l.number(q.value)} {l.measure(q.measure)} ({l.basis(q.basis)} {q.asOf})
                            <SourceRefs ids={q.sources} index={index} />
                          </span>
                        ))}
                    </li>
                  ))}
                </ul>
              </td>
            ))}
          </tr>
        ))}
      </CompareTable>
    </>
  );
}
