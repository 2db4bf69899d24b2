import type { Metadata } from 'next';
import { listAreaMapEntries } from '@/db/queries/areas';
import { listMapYears } from '@/db/queries/geo';
import { listInterventions } from '@/db/queries/interventions';
import { categoriesByKind, interventionKinds } from '@/db/data-schema';
import { categoryLabels, interventionCategoryLabels, kindLabels, label } from '@/app/_components/labels';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { KortView, type KortState } from './kort-view';

export const metadata: Metadata = {
  title: 'Kort',
  description: 'Alle områder med en kildebelagt placering på et kort, farvet efter kategori år for år.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Reads the map state from the URL; anything malformed falls back to the default rather than failing. */
function readState(params: URLSearchParams, years: number[]): KortState {
  const latest = years.at(-1) ?? 2024;
  const year = Number(params.get('year'));
  const kind = params.get('kind') ?? '';
  const category = params.get('category') ?? '';
  const [lat, lon, zoom] = (params.get('view') ?? '').split(',').map(Number);
  const view =
    lat !== undefined && lon !== undefined && zoom !== undefined && [lat, lon, zoom].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 22
      ? { lat, lon, zoom }
      : null;
  return {
    year: years.includes(year) ? year : latest,
    kind: (interventionKinds as readonly string[]).includes(kind) ? kind : '',
    category: (Object.values(categoriesByKind).flat() as string[]).includes(category) ? category : '',
    view,
  };
}

export default async function MapPage({ searchParams }: Props) {
  const years = listMapYears();
  const state = readState(toUrlSearchParams(await searchParams), years.map((y) => y.year));
  const areas = listAreaMapEntries().map((entry) => ({
    slug: entry.slug,
    name: entry.name,
    municipality: entry.municipality.name,
    location: entry.location,
    tiers: Object.fromEntries(
      years.map(({ year, complete }) => [String(year), entry.years[String(year)]?.tier ?? (complete ? 'none' : 'unknown')]),
    ),
    categories: Object.fromEntries(
      Object.entries(entry.years).map(([year, held]) => [year, held.codes.map((code) => label(categoryLabels, code)).join(', ')]),
    ),
  }));
  const interventions = listInterventions()
    .filter((row) => row.location)
    .map((row) => ({
      slug: row.slug,
      title: row.title,
      kind: row.kind,
      kindLabel: label(kindLabels, row.kind),
      category: row.category,
      categoryLabel: label(interventionCategoryLabels, row.category),
      areas: row.areas.map((area) => area.name).join(', '),
    }));
  return (
    <>
      <h1>Kort</h1>
      <p className="lead">
        Områderne farvet efter den kategori, de havde på statens liste i det valgte år. Kun områder med en placering fra en
        kilde er på kortet; tabellen under kortet viser det samme som kortet.
      </p>
      <KortView
        years={years.map(({ year, complete }) => ({ year, complete }))}
        areas={areas}
        interventions={interventions}
        kinds={interventionKinds.map((kind) => ({ value: kind, label: label(kindLabels, kind) }))}
        categories={Object.values(categoriesByKind)
          .flat()
          .map((category) => ({ value: category, label: label(interventionCategoryLabels, category) }))}
        initial={state}
      />
    </>
  );
}
