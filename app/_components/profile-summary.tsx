import { useTranslations } from 'next-intl';
import { Link } from '@/app/_i18n/navigation';
import type { AreaProfile } from '@/db/queries/areas';
import type { PlanProgress } from '@/db/queries/progress';
import { listedRun } from '@/db/queries/rules';
import { useLabels } from './labels';
import { MiniMap } from './mini-map';
import { SourceRefs, type FootnoteIndex } from './source-refs';
import { StatusText } from './status-text';

interface Props {
  area: AreaProfile;
  plans: PlanProgress[];
  /** Every recorded list, with whether we know all its names. The list lines carry no footnotes: the list history below has them. */
  lists: { date: string; complete: boolean }[];
  index: FootnoteIndex;
}

/**
 * The answer first (issue 16): where the area is, whether it is on the newest recorded list and
 * since when, how far its development plans have come, its key figures and its map. Every line
 * is a digest of a section further down, with the same footnotes.
 */
export function ProfileSummary({ area, plans, lists, index }: Props) {
  const t = useTranslations('summary');
  const l = useLabels();
  const newest = lists.at(-1) ?? null;
  const run = listedRun(
    area.statuses.map((status) => status.date),
    lists,
  );
  const newestStatus = newest ? area.statuses.find((status) => status.date === newest.date) : undefined;
  const lastStatus = area.statuses.at(-1);
  const categoriesOf = (status: NonNullable<typeof lastStatus>) => [...new Set(status.categories.map((c) => l.category(c.code)))].join(', ');

  return (
    <section aria-labelledby="overblik" className="profile-summary">
      <h2 id="overblik" className="visually-hidden">
        {t('heading')}
      </h2>
      <dl className="summary-facts">
        <dt>{t('where')}</dt>
        <dd>
          {area.town ? `${area.town}, ` : ''}
          {t('municipality', { name: area.municipality.name })}
          {area.partOf ? (
            <>
              {' '}
              · {t('partOf')} <Link href={`/omraader/${area.partOf.slug}`}>{area.partOf.name}</Link>
            </>
          ) : null}
          {area.parts.length > 0 ? <> · {t('parts', { count: area.parts.length })}</> : null}
        </dd>

        <dt>{t('status')}</dt>
        <dd data-summary="status">
          {newest === null ? (
            <span className="unknown">{t('noLists')}</span>
          ) : newestStatus ? (
            <>
              {t('onNewest', { date: l.date(newest.date), categories: categoriesOf(newestStatus) })}
              {run.since && run.since !== newest.date ? (
                <>
                  {' '}
                  {run.unknownGaps.length === 0
                    ? t('since', { date: l.date(run.since) })
                    : t('sinceWithGaps', { date: l.date(run.since), count: run.unknownGaps.length })}
                </>
              ) : null}
              {run.maybeEarlier.length > 0 ? <span className="unknown"> {t('maybeEarlier', { count: run.maybeEarlier.length })}</span> : null}
            </>
          ) : (
            <>
              {newest.complete ? t('notOnNewest', { date: l.date(newest.date) }) : <span className="unknown">{t('notFoundOnNewest', { date: l.date(newest.date) })}</span>}
              {lastStatus ? (
                <>
                  {' '}
                  {t('lastOn', { date: l.date(lastStatus.date), categories: categoriesOf(lastStatus) })}
                </>
              ) : null}
            </>
          )}{' '}
          <a href="#lister">{t('seeHistory')}</a>
          <span className="note"> {t('newestRecorded')}</span>
        </dd>

        <dt>{t('plan')}</dt>
        <dd data-summary="plan">
          {plans.length === 0 ? (
            <span className="unknown">{t('noPlan')}</span>
          ) : (
            <ul className="plain">
              {plans.map((plan) => {
                const measures = plan.measures.filter((m) => m.planned || m.completed);
                return (
                  <li key={plan.slug}>
                    <Link href={`/indsatser/${plan.slug}`}>{l.text(plan.title, plan.titleEn)}</Link>: <StatusText status={plan.status} compact />
                    {measures.length > 0 ? (
                      <ul className="summary-measures">
                        {measures.map((m) => (
                          <li key={m.measure}>
                            {l.measure(m.measure)}:{' '}
                            {m.planned ? (
                              <span className="basis-planned">{t('planned', { value: l.number(m.planned.value), year: String(m.planned.asOf.to) })}</span>
                            ) : (
                              <span className="unknown">{t('plannedUnknown')}</span>
                            )}
                            {' · '}
                            {m.completed ? (
                              <span className="basis-completed">{t('done', { value: l.number(m.completed.value), year: String(m.completed.asOf.to) })}</span>
                            ) : (
                              <span className="unknown">{t('doneUnknown')}</span>
                            )}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="unknown"> · {t('noPlanFigures')}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>

        <dt>{t('keyFigures')}</dt>
        <dd data-summary="figures">
          <Observation row={area.dwellings.at(-1)} known="dwellings" unknown="dwellingsUnknown" index={index} />
          {' · '}
          <Observation row={area.residents.at(-1)} known="residents" unknown="residentsUnknown" index={index} />
          {' · '}
          {t('interventions', { count: area.interventions.length })}
        </dd>
      </dl>
      {area.location ? (
        <div className="summary-map" id="kort">
          <MiniMap lat={area.location.lat} lon={area.location.lon} label={area.name} precision={area.location.precision} place={area.location.place} boundary={area.boundary} />
          <p className="summary-map-link">
            <Link href={`/kort?year=${lists.at(-1)?.date.slice(0, 4) ?? ''}&view=${area.location.lat},${area.location.lon},12`}>{t('seeOnMap')}</Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}

/** The latest count of homes or residents, with its year and footnotes, or that it is unknown. */
function Observation({
  row,
  known,
  unknown,
  index,
}: {
  row: { value: number; year: number; sources: string[] } | undefined;
  known: 'dwellings' | 'residents';
  unknown: 'dwellingsUnknown' | 'residentsUnknown';
  index: FootnoteIndex;
}) {
  const t = useTranslations('summary');
  const l = useLabels();
  if (!row) return <span className="unknown">{t(unknown)}</span>;
  return (
    <>
      {t(known, { value: l.number(row.value), year: String(row.year) })}
      <SourceRefs ids={row.sources} index={index} />
    </>
  );
}
