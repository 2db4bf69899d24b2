import * as Plot from '@observablehq/plot';
import { useTranslations } from 'next-intl';
import type { ComparedArea } from '@/db/queries/compare';
import { PlotFigure } from '@/app/_components/charts/plot-figure';
import { tierStyles } from '@/app/_components/tier-style';
import { alignedYear } from './shared';
import type { Align } from './href';
import { palette } from '@/app/_components/palette';

/** The list categories and interventions of each area over time, by calendar year or since designation. */
export function TimelineSection({ areas, align }: { areas: ComparedArea[]; align: Align }) {
  const t = useTranslations('compare');
  const tracks = { list: t('trackList'), physical: t('trackPhysical'), social: t('trackSocial') };
  const chartPoints = areas.flatMap((area) =>
    area.years.flatMap((year) => {
      const x = alignedYear(area, year.year, align);
      return x === null || !year.tier ? [] : [{ area: area.profile.name, x, track: tracks.list, color: tierStyles[year.tier]!.color, letter: tierStyles[year.tier]!.letter }];
    }),
  );
  const interventionPoints = areas.flatMap((area) =>
    area.profile.interventions.flatMap((intervention) => {
      const start = intervention.startYear ?? intervention.endYear;
      if (start === null || intervention.kind === 'policy') return [];
      const x = alignedYear(area, start, align);
      return x === null ? [] : [{ area: area.profile.name, x, track: intervention.kind === 'physical' ? tracks.physical : tracks.social, kind: intervention.kind }];
    }),
  );
  return (
    <>
      <h2 id="tidslinje">{t('timeline')}</h2>
      <PlotFigure
        caption={
          align === 'aar' ? t('chartCaptionCalendar') : t('chartCaptionDesignation')
        }
        options={{
          width: 900,
          height: 90 + areas.length * 90,
          marginLeft: 70,
          marginRight: 170,
          x: { label: align === 'aar' ? t('year') : t('yearsSince'), tickFormat: (d: number) => String(d) },
          y: { label: null, domain: [tracks.list, tracks.physical, tracks.social] },
          fy: { label: null, domain: areas.map((a) => a.profile.name) },
          facet: { marginRight: 170 },
          marks: [
            Plot.cell(chartPoints, { x: 'x', y: 'track', fy: 'area', fill: 'color', inset: 0.5 }),
            Plot.text(chartPoints, { x: 'x', y: 'track', fy: 'area', text: 'letter', fill: (d: { letter: string }) => (['P', 'O'].includes(d.letter) ? 'white' : 'black') }),
            Plot.dot(interventionPoints, { x: 'x', y: 'track', fy: 'area', fill: (d: { kind: string }) => (d.kind === 'physical' ? palette.physical : palette.social), r: 4 }),
          ],
        }}
        narrow={{
          width: 380,
          height: 60 + areas.length * 110,
          marginLeft: 48,
          marginRight: 8,
          marginTop: 26,
          style: { fontSize: '12px' },
          // A band per year: every fifth year labelled, so the labels do not run together.
          x: { label: align === 'aar' ? t('year') : t('yearsSince'), tickFormat: (d: number) => (d % 5 === 0 ? String(d) : '') },
          y: { label: null, domain: [tracks.list, tracks.physical, tracks.social] },
          // Each area's name above its panel: a phone has no right margin to spare.
          fy: { label: null, domain: areas.map((a) => a.profile.name), axis: null, padding: 0.25 },
          marks: [
            Plot.cell(chartPoints, { x: 'x', y: 'track', fy: 'area', fill: 'color', inset: 0.5 }),
            Plot.text(chartPoints, { x: 'x', y: 'track', fy: 'area', text: 'letter', fontSize: 10, fill: (d: { letter: string }) => (['P', 'O'].includes(d.letter) ? 'white' : 'black') }),
            Plot.dot(interventionPoints, { x: 'x', y: 'track', fy: 'area', fill: (d: { kind: string }) => (d.kind === 'physical' ? palette.physical : palette.social), r: 3 }),
            Plot.text(areas.map((a) => a.profile.name), { fy: (d: string) => d, text: (d: string) => d, frameAnchor: 'top-left', dy: -18, fontWeight: 600 }),
          ],
        }}
      />
    </>
  );
}
