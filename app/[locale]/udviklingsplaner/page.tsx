import type { Metadata } from 'next';
import NextLink from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getProgress } from '@/db/queries/progress';
import { listInterventions } from '@/db/queries/interventions';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { PlanProgressTable, ProgressChart, asOfYears } from '@/app/_components/progress';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'progress' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/udviklingsplaner', locale) };
}

/** Every development plan: planned against done per measure, as of when, and done over time (DESIGN §4). */
export default async function ProgressPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('progress');
  const l = await getLabels();
  const { national, plans } = getProgress();
  const titles = new Map(listInterventions().map((row) => [row.slug, l.text(row.title, row.titleEn)]));
  const titleOf = (slug: string) => titles.get(slug) ?? slug;
  const mixed = national.measures.flatMap((m) => [m.planned, m.completed]).filter((f) => f && f.asOf.from !== f.asOf.to);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="note">{t('gaps')}</p>

      <section aria-labelledby="hele-landet">
        <h2 id="hele-landet">{t('national')}</h2>
        <div className="table-scroll">
          <table>
            <caption>{t('nationalCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('measure')}</th>
                <th scope="col">{t('completed')}</th>
                <th scope="col">{t('planned')}</th>
              </tr>
            </thead>
            <tbody>
              {national.measures.map((m) => (
                <tr key={m.measure} data-measure={m.measure}>
                  <th scope="row">{l.measure(m.measure)}</th>
                  <td className="basis-completed">
                    {m.completed ? (
                      <>
                        {l.number(m.completed.value)} ({t('asOf', { years: asOfYears(m.completed) })}; {t('plansWith', { count: m.plansCompleted })})
                      </>
                    ) : (
                      <span className="unknown">{t('noFigure')}</span>
                    )}
                  </td>
                  <td className="basis-planned">
                    {m.planned ? (
                      <>
                        {l.number(m.planned.value)} ({t('asOf', { years: asOfYears(m.planned) })}; {t('plansWith', { count: m.plansPlanned })})
                      </>
                    ) : (
                      <span className="unknown">{t('noFigure')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {mixed.length > 0 ? <p className="note">{t('mixedYears', { years: [...new Set(mixed.map((f) => asOfYears(f!)))].join(', ') })}</p> : null}
      </section>

      <section aria-labelledby="over-tid">
        <h2 id="over-tid">{t('chartTitle')}</h2>
        <ProgressChart plans={plans} labelOf={(plan) => plan.areas.map((a) => a.name).join(', ') || l.text(plan.title, plan.titleEn)} />
      </section>

      <section aria-labelledby="planerne">
        <h2 id="planerne">{t('plans')}</h2>
        <PlanProgressTable plans={plans} caption={t('plansCaption', { count: plans.length })} titleOf={titleOf} />
      </section>

      <p>
        {t('downloads')}:{' '}
        <NextLink href="/api/progress" prefetch={false}>
          {t('json')}
        </NextLink>{' '}
        · <a href="/api/progress.csv">{t('csv')}</a>
      </p>
    </>
  );
}
