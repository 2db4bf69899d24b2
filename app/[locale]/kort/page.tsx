import type { Metadata } from 'next';
import { listAreaMapEntries } from '@/db/queries/areas';
import { getInterventionsGeoJson, listMapYears, listMunicipalityCounts, mapTierOf } from '@/db/queries/geo';
import { categoriesByKind, interventionKinds } from '@/db/data-schema';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { KortView, type KortState } from './kort-view';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'mapPage' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/kort', locale) };
}

type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Reads the map state from the URL; anything malformed falls back to the default rather than failing. */
function readState(params: URLSearchParams, years: number[]): KortState {
  const latest = years.at(-1) ?? 2024;
  const year = Number(params.get('year'));
  const kind = params.get('kind') ?? '';
  const category = params.get('category') ?? '';
  const municipalities = params.get('municipalities') !== '0';
  const [lat, lon, zoom] = (params.get('view') ?? '').split(',').map(Number);
  const view =
    lat !== undefined && lon !== undefined && zoom !== undefined && [lat, lon, zoom].every(Number.isFinite) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 22
      ? { lat, lon, zoom }
      : null;
  return {
    year: years.includes(year) ? year : latest,
    kind: (interventionKinds as readonly string[]).includes(kind) ? kind : '',
    category: (Object.values(categoriesByKind).flat() as string[]).includes(category) ? category : '',
    municipalities,
    view,
  };
}

export default async function MapPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('mapPage');
  const l = await getLabels();
  const years = listMapYears();
  const state = readState(toUrlSearchParams(await searchParams), years.map((y) => y.year));
  const entries = listAreaMapEntries();
  const areaName = new Map(entries.map((entry) => [entry.slug, entry.name]));
  const areas = entries.map((entry) => ({
    slug: entry.slug,
    name: entry.name,
    municipality: entry.municipality.name,
    location: entry.location,
    placedAt: entry.location ? l.placedAt(entry.location.precision, entry.location.place) : '',
    boundary: entry.boundary ? l.boundary(entry.boundary.precision, entry.boundary.place) : null,
    tiers: Object.fromEntries(
      years.map(({ year, complete }) => [String(year), mapTierOf(entry, year, complete)]),
    ),
    categories: Object.fromEntries(
      Object.entries(entry.years).map(([year, held]) => [year, held.codes.map((code) => l.category(code)).join(', ')]),
    ),
  }));
  // The same features the map draws, so table and map cannot disagree on what is placed where.
  const interventions = getInterventionsGeoJson().features.map(({ properties: p }) => ({
    slug: p.slug,
    title: l.text(p.title, p.titleEn),
    kind: p.kind,
    category: p.category,
    areas: p.areas.map((slug) => areaName.get(slug) ?? slug).join(', '),
    placement: p.placedAt ? t('placementArea', { name: areaName.get(p.placedAt) ?? p.placedAt }) : t('placementOwn'),
  }));
  // Only kommuner and years with listed areas go to the browser: the table lists no others.
  const municipalities = listMunicipalityCounts().flatMap(({ code, name, counts }) => {
    const listed = Object.entries(counts).filter(([, c]) => c.total > 0);
    if (listed.length === 0) return [];
    return [{ code, name, counts: Object.fromEntries(listed.map(([year, c]) => [year, { total: c.total, categories: Object.entries(c.categories).map(([code, n]) => `${l.category(code)}: ${n}`).join(', ') }])) }];
  });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">
        {t('lead')}
      </p>
      <KortView
        years={years.map(({ year, complete }) => ({ year, complete }))}
        areas={areas}
        interventions={interventions}
        municipalities={municipalities}
        areaNames={Object.fromEntries(areaName)}
        kinds={interventionKinds.map((kind) => ({ value: kind, label: l.kind(kind) }))}
        categories={Object.values(categoriesByKind)
          .flat()
          .map((category) => ({ value: category, label: l.interventionCategory(category) }))}
        initial={state}
      />
    </>
  );
}
