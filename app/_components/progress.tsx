import * as Plot from '@observablehq/plot';
import { useTranslations } from 'next-intl';
import { Link } from '@/app/_i18n/navigation';
import type { MeasureProgress, PlanProgress, ProgressFigure } from '@/db/queries/progress';
import { PlotFigure } from './charts/plot-figure';
import { useLabels } from './labels';
import { StatusText } from './status-text';
import { palette } from '@/app/_components/palette';

/** "2018" or "2018–2023": the as-of years a figure spans. */
export function asOfYears(figure: Pick<ProgressFigure, 'asOf'> | { contributions: { asOf: number }[] }): string {
  const years = 'asOf' in figure ? [figure.asOf.from, figure.asOf.to] : figure.contributions.map((c) => c.asOf);
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}–${to}`;
}

/** Planned and done of one measure in one cell, each with its as-of year; "no figure" where no source gives one. */
export function PlannedDone({ progress }: { progress: MeasureProgress | undefined }) {
  const t = useTranslations('progress');
  const l = useLabels();
  const line = (figure: ProgressFigure | null | undefined, basis: 'planned' | 'completed') => (
    <span className={`basis-${basis}`}>
      {t(basis)}: {figure ? `${l.number(figure.value)} (${asOfYears(figure)})` : <span className="unknown">{t('noFigure')}</span>}
    </span>
  );
  return (
    <>
      {line(progress?.completed, 'completed')}
      <br />
      {line(progress?.planned, 'planned')}
    </>
  );
}

/** One row per development plan: planned against done per measure, the almene share before and its target. */
export function PlanProgressTable({ plans, caption, titleOf }: { plans: PlanProgress[]; caption: string; titleOf: (slug: string) => string }) {
  const t = useTranslations('progress');
  const l = useLabels();
  const measures = plans[0]?.measures.map((m) => m.measure) ?? [];
  return (
    <div className="table-scroll">
      <table className="progress-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan')}</th>
            {measures.map((measure) => (
              <th key={measure} scope="col">
                {l.measure(measure)}
              </th>
            ))}
            <th scope="col">{t('share')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.slug} data-slug={plan.slug}>
              <th scope="row">
                {plan.areas.map((area, i) => (
                  <span key={area.slug}>
                    {i > 0 ? ', ' : ''}
                    <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
                  </span>
                ))}
                <br />
                <Link href={`/indsatser/${plan.slug}`}>{l.text(plan.title, plan.titleEn)}</Link>
                <br />
                <StatusText status={plan.status} />
                {plan.follows ? <div className="note">{t('follows', { title: titleOf(plan.follows) })}</div> : null}
                {plan.followedBy ? <div className="note">{t('followedBy', { title: titleOf(plan.followedBy) })}</div> : null}
              </th>
              {plan.measures.map((m) => (
                <td key={m.measure} data-measure={m.measure}>
                  <PlannedDone progress={m} />
                </td>
              ))}
              <td>
                {plan.share.before.length === 0 && plan.share.target.length === 0 ? <span className="unknown">{t('shareUnknown')}</span> : null}
                {plan.share.before.map((s, i) => (
                  <div key={`b${i}`} className="basis-completed">
                    {t('shareBefore', { value: l.number(s.value), year: s.asOf })}
                  </div>
                ))}
                {plan.share.target.map((s, i) => (
                  <div key={`t${i}`} className="basis-planned">
                    {t('shareTarget', { value: l.number(s.value), year: s.asOf })}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Done over time: each plan's completed roll-up per measure by the year it holds for, with the
 * plan's planned number as a dashed line; the table under it has the same figures.
 */
export function ProgressChart({ plans, labelOf }: { plans: PlanProgress[]; labelOf: (plan: PlanProgress) => string }) {
  const t = useTranslations('progress');
  const l = useLabels();
  const series = plans.flatMap((plan) =>
    plan.measures
      .filter((m) => m.history.length > 0)
      .map((m) => ({ plan, label: labelOf(plan), measure: l.measure(m.measure), history: m.history, planned: m.planned?.value ?? null })),
  );
  if (series.length === 0) return <p className="unknown">{t('noHistory', { count: plans.length })}</p>;
  const points = series.flatMap((s) => s.history.map((h) => ({ label: s.label, measure: s.measure, year: h.asOf, value: h.value })));
  const targets = series.filter((s) => s.planned !== null).map((s) => ({ label: s.label, measure: s.measure, value: s.planned! }));
  const measures = [...new Set(series.map((s) => s.measure))];
  const years = points.map((p) => p.year);
  return (
    <PlotFigure
      caption={t('chartCaption')}
      options={{
        width: 900,
        height: 90 + measures.length * 200,
        marginLeft: 60,
        marginRight: 160,
        x: { label: t('year'), tickFormat: 'd', domain: [Math.min(...years) - 1, Math.max(...years) + 1], ticks: 6 },
        y: { label: t('value'), grid: true, zero: true },
        fy: { label: null, domain: measures },
        color: { legend: true },
        marks: [
          Plot.ruleY(targets, { y: 'value', fy: 'measure', stroke: 'label', strokeDasharray: '4,3' }),
          Plot.line(points, { x: 'year', y: 'value', fy: 'measure', stroke: 'label', marker: 'circle' }),
          Plot.text(points, Plot.selectLast({ x: 'year', y: 'value', fy: 'measure', text: (d: { value: number }) => l.number(d.value), dx: 8, textAnchor: 'start', z: 'label' })),
          Plot.frame({ stroke: palette.line }),
        ],
      }}
      narrow={{
        width: 380,
        height: 90 + measures.length * 190,
        marginLeft: 48,
        marginRight: 48,
        marginTop: 24,
        style: { fontSize: '12px' },
        x: { label: t('year'), tickFormat: 'd', domain: [Math.min(...years) - 1, Math.max(...years) + 1], ticks: 3 },
        y: { label: t('value'), grid: true, zero: true, ticks: 4 },
        // The measure's name inside its panel, not in a margin a phone has no room for.
        fy: { label: null, domain: measures, axis: null, padding: 0.15 },
        color: { legend: true },
        marks: [
          Plot.ruleY(targets, { y: 'value', fy: 'measure', stroke: 'label', strokeDasharray: '4,3' }),
          Plot.line(points, { x: 'year', y: 'value', fy: 'measure', stroke: 'label', marker: 'circle' }),
          Plot.text(points, Plot.selectLast({ x: 'year', y: 'value', fy: 'measure', text: (d: { value: number }) => l.number(d.value), dx: 6, textAnchor: 'start', z: 'label' })),
          Plot.text(measures, { fy: (d: string) => d, text: (d: string) => d, frameAnchor: 'top-left', dx: 4, dy: 4, fontWeight: 600 }),
          Plot.frame({ stroke: palette.line }),
        ],
      }}
    >
      <div className="table-scroll">
          <table>
            <caption>{t('chartTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan')}</th>
                <th scope="col">{t('measure')}</th>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('value')}</th>
                <th scope="col">{t('plannedValue')}</th>
              </tr>
            </thead>
            <tbody>
              {series.flatMap((s) =>
                s.history.map((h) => (
                  <tr key={`${s.plan.slug}-${s.measure}-${h.asOf}`}>
                    <th scope="row">{s.label}</th>
                    <td>{s.measure}</td>
                    <td>{h.asOf}</td>
                    <td className="number">{l.number(h.value)}</td>
                    <td className="number">{s.planned === null ? <span className="unknown">{t('noFigure')}</span> : l.number(s.planned)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
      </div>
    </PlotFigure>
  );
}
