import type { Metadata } from 'next';
import NextLink from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_i18n/navigation';
import { listAreaRows, type AreaRow } from '@/db/queries/areas';
import { listMapYears } from '@/db/queries/geo';
import { categoryCodes, interventionKinds, regions } from '@/db/data-schema';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { FacetSelect, SortHeader } from '@/app/_components/table-controls';
import { type AreaFilter, parseAreaFilter } from '@/db/queries/filters';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'areas' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/omraader', locale) };
}

const sortKeys = ['name', 'municipality', 'region', 'latest', 'lists', 'interventions'] as const;
type SortKey = (typeof sortKeys)[number];

function sortValue(row: AreaRow, key: SortKey): string | number {
  switch (key) {
    case 'municipality':
      return row.municipality.name;
    case 'region':
      return row.municipality.region ?? '';
    case 'latest':
      return row.lastListed?.date ?? '';
    case 'lists':
      return row.listDates.length;
    case 'interventions':
      return row.interventionCounts.physical + row.interventionCounts.social + row.interventionCounts.policy;
    default:
      return row.name;
  }
}

type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AreasPage({ params: routeParams, searchParams }: Props) {
  const { locale } = await routeParams;
  setRequestLocale(locale);
  const t = await getTranslations('areas');
  const l = await getLabels();
  const params = toUrlSearchParams(await searchParams);
  const parsed = parseAreaFilter(params, ['sort', 'order']);
  const filter: AreaFilter = parsed.ok ? parsed.filter : {};
  const sortParam = params.get('sort');
  const sort: SortKey = (sortKeys as readonly string[]).includes(sortParam ?? '') ? (sortParam as SortKey) : 'name';
  const descending = params.get('order') === 'desc';
  const all = listAreaRows();
  const rows = listAreaRows(filter).sort((a, b) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale);
    return descending ? -order : order;
  });
  const filtered = Object.keys(filter).length > 0;
  const years = listMapYears().map((y) => y.year);
  const municipalities = [...new Map(all.map((row) => [row.municipality.code, row.municipality.name])).entries()].sort((a, b) => a[1].localeCompare(b[1], locale));
  const query = new URLSearchParams(Object.entries(filter).map(([key, value]) => [key, String(value)])).toString();

  const header = (key: SortKey, text: string) => (
    <SortHeader path="/omraader" params={params} column={key} defaultColumn="name" active={sort === key} descending={descending}>
      {text}
    </SortHeader>
  );

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro', { count: all.length })}</p>
      <form className="filters" method="get" aria-label={t('filterLabel')}>
        <FacetSelect
          label={t('municipality')}
          name="municipality"
          value={filter.municipality}
          allLabel={t('all')}
          options={municipalities.map(([code, name]) => ({ value: code, label: name }))}
        />
        <FacetSelect label={t('region')} name="region" value={filter.region} allLabel={t('all')} options={regions.map((region) => ({ value: region, label: region }))} />
        <FacetSelect label={t('category')} name="category" value={filter.category} allLabel={t('all')} options={categoryCodes.map((code) => ({ value: code, label: l.category(code) }))} />
        <FacetSelect label={t('year')} name="year" value={filter.year} allLabel={t('allYears')} options={years.map((year) => ({ value: year, label: String(year) }))} />
        <FacetSelect label={t('hasInterventions')} name="kind" value={filter.kind} allLabel={t('any')} options={interventionKinds.map((kind) => ({ value: kind, label: l.kind(kind) }))} />
        <FacetSelect
          label={t('type')}
          name="type"
          value={filter.type}
          allLabel={t('all')}
          options={(['listed_area', 'district'] as const).map((type) => ({ value: type, label: l.areaType(type) }))}
        />
        <button type="submit">{t('show')}</button>
        {filtered ? <Link href="/omraader">{t('reset')}</Link> : null}
      </form>
      {!parsed.ok ? (
        <p className="error-note" role="alert">
          {t('ignored', { parameter: parsed.parameter })}
        </p>
      ) : null}
      <p>
        {t('download')}: <a href={`/api/areas.csv${query ? `?${query}` : ''}`}>CSV</a> ·{' '}
        <a href={`/api/areas.csv?${query ? `${query}&` : ''}bom=1`}>{t('csvExcel')}</a> · <a href="/api/memberships.csv">{t('membershipsCsv')}</a> ·{' '}
        <a href="/api/areas.geojson">GeoJSON</a> · <NextLink href="/api/areas" prefetch={false}>JSON</NextLink>
      </p>
      <div className="table-scroll">
        <table>
          <caption>
            {filtered ? t('captionFiltered', { count: rows.length, total: all.length }) : t('captionAll')}. {t('sortHint')}
          </caption>
          <thead>
            <tr>
              {header('name', t('area'))}
              <th scope="col">{t('type')}</th>
              {header('municipality', t('municipality'))}
              {header('region', t('region'))}
              {header('latest', t('latestCategory'))}
              {header('lists', t('lists'))}
              {header('interventions', t('interventions'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((area) => (
              <tr key={area.slug}>
                <th scope="row">
                  <Link href={`/omraader/${area.slug}`}>{area.name}</Link>
                </th>
                <td>{l.areaType(area.type)}</td>
                <td>{area.municipality.name}</td>
                <td>{area.municipality.region ?? ''}</td>
                <td>
                  {filter.year !== undefined && area.categoriesByYear[String(filter.year)] ? (
                    <>
                      {area.categoriesByYear[String(filter.year)]!.map((code) => l.category(code)).join(', ')} ({filter.year})
                    </>
                  ) : area.lastListed ? (
                    <>
                      {area.lastListed.codes.map((code) => l.category(code)).join(', ')} ({l.date(area.lastListed.date)}
                      {area.onLatestList ? `, ${t('latestList')}` : ''})
                    </>
                  ) : (
                    <span className="unknown">{t('noListing')}</span>
                  )}
                </td>
                <td className="number">{area.listDates.length}</td>
                <td className="number">
                  {area.interventionCounts.physical + area.interventionCounts.social + area.interventionCounts.policy}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
