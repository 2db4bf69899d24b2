import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_i18n/navigation';
import { listInterventions } from '@/db/queries/interventions';
import { dwellingMeasures, listDwellingFigures } from '@/db/queries/figures';
import { FiguresNote, FiguresTable } from '@/app/_components/figures-table';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { DwellingChart } from '@/app/_components/charts/dwelling-chart';
import { InterventionMatrix } from '@/app/_components/intervention-matrix';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'catalogue' });
  return { title: t('overviewTitle'), description: t('overviewDescription'), alternates: alternatesFor('/indsatser/overblik', locale) };
}

/**
 * The catalogue at a glance, area by area: which kinds of intervention each area has had (the
 * matrix) and the dwelling figures per area. Its own prerendered page, so the paged catalogue at
 * /indsatser stays the size of one page (issue 18).
 */
export default async function InterventionsOverviewPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('catalogue');
  const l = await getLabels();
  const figures = listDwellingFigures();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/indsatser">{t('title')}</Link>
      </p>
      <h1>{t('overviewTitle')}</h1>
      <p className="lead">{t('overviewDescription')}</p>

      <h2 id="matrix">{t('matrixHeading')}</h2>
      <p>{t('matrixText')}</p>
      <InterventionMatrix interventions={listInterventions()} />

      <h2 id="tal">{t('figuresHeading')}</h2>
      <FiguresNote />
      <FiguresTable figures={figures.total} caption={t('figuresTotal')} />
      <DwellingChart rows={figures.areas} />
      <div className="table-scroll">
        <table>
          <caption>{t('perArea')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('area')}</th>
              {dwellingMeasures.map((measure) => (
                <th scope="col" key={measure}>
                  {l.measure(measure)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.areas.map((row) => (
              <tr key={row.area.slug}>
                <th scope="row">
                  <Link href={`/omraader/${row.area.slug}#tal`}>{row.area.name}</Link>
                </th>
                {row.figures.map((figure) => (
                  <td key={figure.measure} className="number">
                    {figure.completed ? l.number(figure.completed.total) : '–'} / {figure.planned ? l.number(figure.planned.total) : '–'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
