import { useTranslations } from 'next-intl';
import type { ComparedArea } from '@/db/queries/compare';
import { useLabels } from '@/app/_components/labels';
import { SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';
import { alignedYear, CompareTable } from './shared';
import type { Align } from './href';

/** Per year (or year since designation), the categories each area held on that year's latest list. */
export function ListYearsSection({ areas, align, index }: { areas: ComparedArea[]; align: Align; index: FootnoteIndex }) {
  const t = useTranslations('compare');
  const l = useLabels();
  const rowsByKey = new Map<number, true>();
  for (const area of areas) for (const year of area.years) {
    const key = alignedYear(area, year.year, align);
    if (key !== null) rowsByKey.set(key, true);
  }
  const rowKeys = [...rowsByKey.keys()].sort((a, b) => a - b);
  return (
    <>
      <h2 id="lister">{t('listYears')}</h2>
      <CompareTable caption={align === 'aar' ? t('listCaptionCalendar') : t('listCaptionDesignation')} corner={align === 'aar' ? t('year') : t('yearsAfter')} areas={areas}>
        {rowKeys.map((key) => (
          <tr key={key}>
            <th scope="row">{align === 'aar' ? key : `+${key}`}</th>
            {areas.map((area) => {
              const year = area.years.find((y) => alignedYear(area, y.year, align) === key);
              return (
                <td key={area.profile.slug}>
                  {year ? (
                    <>
                      {year.codes.map((code) => l.category(code)).join(', ')}
                      {align === 'udpegning' ? ` (${year.year})` : ''}
                      <SourceRefs ids={year.sources} index={index} />
                    </>
                  ) : (
                    <span className="unknown">–</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </CompareTable>
    </>
  );
}
