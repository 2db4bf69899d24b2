import * as Plot from '@observablehq/plot';
import { useTranslations } from 'next-intl';
import type { AreaFigures } from '@/db/queries/figures';
import { PlotFigure } from './plot-figure';
import { palette } from '@/app/_components/palette';

/** Planned and completed demolitions per area as grouped bars; the table beside it has the same numbers. */
export function DwellingChart({ rows }: { rows: AreaFigures[] }) {
  const t = useTranslations('figures');
  const planned = t('planned').toLowerCase();
  const completed = t('completed').toLowerCase();
  const points = rows.flatMap((row) => {
    const demolished = row.figures.find((figure) => figure.measure === 'dwellings_demolished');
    return [
      demolished?.planned ? { area: row.area.name, basis: planned, value: demolished.planned.total } : null,
      demolished?.completed ? { area: row.area.name, basis: completed, value: demolished.completed.total } : null,
    ].filter((point) => point !== null);
  });
  if (points.length === 0) return null;
  const areas = [...new Set(points.map((p) => p.area))];
  return (
    <PlotFigure
      caption={t('chartCaption')}
      options={{
        width: 900,
        height: Math.max(160, areas.length * 40 + 60),
        marginLeft: 190,
        x: { label: t('dwellings'), grid: true },
        y: { label: null, axis: null, domain: [planned, completed] },
        fy: { label: null, domain: areas, axis: 'left' },
        color: { domain: [planned, completed], range: [palette['chart-planned'], palette.social], legend: true },
        marks: [
          Plot.barX(points, { x: 'value', y: 'basis', fy: 'area', fill: 'basis' }),
          Plot.text(points, { x: 'value', y: 'basis', fy: 'area', text: (d: { value: number }) => String(d.value), textAnchor: 'start', dx: 4 }),
          Plot.ruleX([0]),
        ],
      }}
    />
  );
}
