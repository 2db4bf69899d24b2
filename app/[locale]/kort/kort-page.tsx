/** What /kort and its dynamic twin render: the controls, the map and the tables for one state. */
import { getTranslations } from 'next-intl/server';
import { categoriesByKind, interventionKinds } from '@/db/data-schema';
import { getKortTables, listKortYears } from '@/db/queries/kort';
import { getLabels } from '@/app/_components/labels';
import { KortView } from './kort-view';
import { parseMapState } from '@/db/queries/filters';

export async function KortPage({ params }: { params: URLSearchParams }) {
  const t = await getTranslations('mapPage');
  const l = await getLabels();
  const years = listKortYears();
  const requested = parseMapState(params, years.map((y) => y.year));
  const tables = getKortTables(requested);
  // A page past the last is shown as the last, and the URL says so.
  const state = { ...requested, areaPage: tables.areas.page, interventionPage: tables.interventions.page };
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <KortView
        years={years}
        tables={tables}
        kinds={interventionKinds.map((kind) => ({ value: kind, label: l.kind(kind) }))}
        categories={Object.values(categoriesByKind)
          .flat()
          .map((category) => ({ value: category, label: l.interventionCategory(category) }))}
        initial={state}
      />
    </>
  );
}
