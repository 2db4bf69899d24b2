import { useTranslations } from 'next-intl';
import type { ComparedArea } from '@/db/queries/compare';
import { kindOrder } from '@/db/queries/rules';
import { useLabels } from '@/app/_components/labels';
import type { FootnoteIndex } from '@/app/_components/source-refs';
import { CompareTable, Latest } from './shared';

/** The compared areas' facts: kommune, type, dwellings, residents, years listed, highest category, interventions. */
export function FactsSection({ areas, index }: { areas: ComparedArea[]; index: FootnoteIndex }) {
  const t = useTranslations('compare');
  const l = useLabels();
  return (
    <>
      <h2 id="fakta">{t('facts')}</h2>
      <CompareTable caption={t('factsCaption')} corner={t('facts')} areas={areas} linkAreas>
        <tr>
          <th scope="row">{t('municipality')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>{area.profile.municipality.name}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('type')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>{l.areaType(area.profile.type)}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('dwellings')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              <Latest rows={area.profile.dwellings} unit={t('dwellingsUnit')} index={index} />
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('residents')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              <Latest rows={area.profile.residents} unit={t('residentsUnit')} index={index} />
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('yearsListed')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              {t('years', { count: area.years.length })}
              {area.firstListedYear !== null ? `, ${t('firstKnown', { year: area.firstListedYear })}` : ''}
              {area.firstListedUncertain ? (
                <span className="note"> ({t('maybeEarlier')})</span>
              ) : null}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('highest')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              {area.highest ? (
                <>
                  {area.highest.codes.map((code) => l.category(code)).join(', ')} ({area.highest.year})
                </>
              ) : (
                <span className="unknown">{t('noListing')}</span>
              )}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('interventions')}</th>
          {areas.map((area) => (
            <td key={area.profile.slug}>
              {kindOrder
                .map((kind) => `${area.profile.interventions.filter((i) => i.kind === kind).length} ${l.kind(kind).toLowerCase()}`)
                .join(', ')}
            </td>
          ))}
        </tr>
      </CompareTable>
    </>
  );
}
