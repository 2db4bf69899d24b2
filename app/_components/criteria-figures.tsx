import * as Plot from '@observablehq/plot';
import { useTranslations } from 'next-intl';
import { Link } from '@/app/_i18n/navigation';
import type { AreaListStatus, ListFigures } from '@/db/queries/areas';
import type { CriteriaEraDetail } from '@/db/queries/sources';
import { PlotFigure } from '@/app/_components/charts/plot-figure';
import { useLabels } from '@/app/_components/labels';
import { SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';
import { palette } from '@/app/_components/palette';

/** The figure of each criterion key (data/criteria.yaml) in a membership's `figures`. */
const figureOfCriterion = {
  residents: 'residents',
  non_western: 'nonWesternPct',
  outside_work_education: 'outsideWorkEducationPct',
  convictions: 'convictionsRate',
  basic_education: 'basicEducationPct',
  income: 'incomePct',
} as const satisfies Record<string, keyof Omit<ListFigures, 'sources'>>;
type CriterionKey = keyof typeof figureOfCriterion;
const criterionKeys = Object.keys(figureOfCriterion) as CriterionKey[];
/** Income is a criterion when it falls below its threshold; every other criterion when it rises above. */
const metWhen = (key: CriterionKey, value: number, threshold: number) => (key === 'income' ? value < threshold : value > threshold);

interface Row {
  key: CriterionKey;
  value: number;
  thresholds: { threshold: number; description: string; met: boolean }[];
}

/**
 * Why an area was listed (issue 15): the criteria figures a source prints for it on a list, against
 * the thresholds of that list's era of criteria, as a table per list and one chart of the shares.
 * Only figures a source prints are shown; whether each is over its threshold is read off the era's
 * own thresholds (several where the era sets one per category). Nothing is shown without figures.
 */
export function CriteriaFigures({ statuses, eras, index }: { statuses: AreaListStatus[]; eras: CriteriaEraDetail[]; index: FootnoteIndex }) {
  const t = useTranslations('criteriaFigures');
  const l = useLabels();
  const eraById = new Map(eras.map((era) => [era.id, era]));
  const entries = statuses.flatMap((status) =>
    status.categories
      .filter((category) => category.figures)
      .map((category) => {
        const era = eraById.get(status.criteriaEra);
        const figures = category.figures!;
        const rows: Row[] = criterionKeys.flatMap((key) => {
          const value = figures[figureOfCriterion[key]];
          if (value === null) return [];
          const thresholds = (era?.criteria ?? [])
            .filter((criterion) => criterion.key === key && criterion.threshold !== null)
            .map((criterion) => ({ threshold: criterion.threshold!, description: l.text(criterion.description, criterion.descriptionEn), met: metWhen(key, value, criterion.threshold!) }));
          if (key === 'residents' && era?.minResidents) thresholds.push({ threshold: era.minResidents, description: t('minResidents'), met: value >= era.minResidents });
          return [{ key, value, thresholds }];
        });
        return { date: status.date, code: category.code, via: category.via, figures, rows };
      }),
  );
  if (entries.length === 0) return <p className="unknown">{t('none')}</p>;

  const shareKeys: CriterionKey[] = ['non_western', 'outside_work_education', 'basic_education', 'income'];
  // A year names its list, except where two lists share a year (2014): then the date does.
  const yearCount = new Map<string, number>();
  for (const date of new Set(entries.map((entry) => entry.date))) yearCount.set(date.slice(0, 4), (yearCount.get(date.slice(0, 4)) ?? 0) + 1);
  const listLabel = (date: string) => ((yearCount.get(date.slice(0, 4)) ?? 0) > 1 ? l.date(date) : date.slice(0, 4));
  const points = entries.flatMap((entry) =>
    entry.rows
      .filter((row) => shareKeys.includes(row.key))
      .map((row) => ({ row: `${listLabel(entry.date)}: ${t(`key.${row.key}`)}`, value: row.value, threshold: row.thresholds[0]?.threshold ?? null, met: row.thresholds.some((x) => x.met) })),
  );

  return (
    <>
      <p>{t('intro')}</p>
      {points.length > 0 ? (
        <PlotFigure
          caption={t('chartCaption')}
          options={{
            // Narrow and with large type, so that it stays legible when a phone scales it down.
            width: 580,
            height: 50 + points.length * 30,
            marginLeft: 320,
            marginRight: 40,
            style: { fontSize: '14px' },
            x: { label: t('percent'), domain: [0, 100], grid: true },
            y: { label: null, domain: points.map((d) => d.row) },
            marks: [
              Plot.barX(points, { x: 'value', y: 'row', fill: (d: { met: boolean }) => (d.met ? palette['criterion-met'] : palette['criterion-not-met']) }),
              Plot.text(points, { x: 'value', y: 'row', text: (d: { value: number }) => l.number(d.value), dx: 18 }),
              Plot.tickX(points.filter((d) => d.threshold !== null), { x: 'threshold', y: 'row', stroke: 'black', strokeWidth: 2 }),
            ],
          }}
        />
      ) : null}
      {entries.map((entry) => (
        <div className="table-scroll" key={`${entry.date}-${entry.code}`}>
          <table>
            <caption>
              {t('caption', { date: l.date(entry.date), category: l.category(entry.code) })}
              <SourceRefs ids={entry.figures.sources} index={index} />{' '}
              <Link href={`/lister/${entry.date}`}>{t('theList')}</Link>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('criterion')}</th>
                <th scope="col" className="number">
                  {t('value')}
                </th>
                <th scope="col">{t('threshold')}</th>
              </tr>
            </thead>
            <tbody>
              {entry.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{t(`key.${row.key}`)}</th>
                  <td className="number">{l.number(row.value)}</td>
                  <td>
                    {row.thresholds.length === 0 ? (
                      <span className="unknown">{t('noThreshold')}</span>
                    ) : (
                      <ul className="plain">
                        {row.thresholds.map((x, i) => (
                          <li key={i}>
                            <strong>{x.met ? t('met') : t('notMet')}</strong> ({l.number(x.threshold)}): {x.description}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
