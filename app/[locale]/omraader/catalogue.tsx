import NextLink from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_i18n/navigation';
import { areaMunicipalities, areaSortKeys, defaultPageSize, pageAreas, pageOptionKeys, parsePageOptions, type AreaSortKey } from '@/db/queries/catalogue';
import { listMapYears } from '@/db/queries/geo';
import { categoryCodes, interventionKinds, regions } from '@/db/data-schema';
import { getLabels } from '@/app/_components/labels';
import { Pager } from '@/app/_components/pager';
import { FacetSelect, SortHeader } from '@/app/_components/table-controls';
import { type AreaFilter, parseAreaFilter } from '@/db/queries/filters';

/**
 * The area catalogue for a query: one page of the filtered, sorted areas. The default view (no
 * query) is prerendered at /omraader; any query is rewritten to the dynamic twin at
 * /omraader/filter (next.config.ts), which renders this too (issue 18).
 */
export async function AreaCatalogue({ params }: { params: URLSearchParams }) {
  const t = await getTranslations('areas');
  const l = await getLabels();
  const parsed = parseAreaFilter(params, pageOptionKeys);
  const filter: AreaFilter = parsed.ok ? parsed.filter : {};
  const options = parsePageOptions(params, areaSortKeys, 'name');
  const { sort, descending } = options;
  const result = pageAreas(filter, options, l.locale);
  const rows = result.rows;
  const filtered = Object.keys(filter).length > 0;
  const years = listMapYears().map((y) => y.year);
  const municipalities = areaMunicipalities(l.locale);
  const query = new URLSearchParams(Object.entries(filter).map(([key, value]) => [key, String(value)])).toString();
  const pager = <Pager path="/omraader" params={params} page={result.page} pages={result.pages} size={result.size} total={result.total} />;

  const header = (key: AreaSortKey, text: string) => (
    <SortHeader path="/omraader" params={params} column={key} defaultColumn="name" active={sort === key} descending={descending}>
      {text}
    </SortHeader>
  );

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro', { count: result.all })}</p>
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
        {params.get('sort') === sort ? <input type="hidden" name="sort" value={sort} /> : null}
        {descending ? <input type="hidden" name="order" value="desc" /> : null}
        {options.size !== defaultPageSize ? <input type="hidden" name="size" value={options.size} /> : null}
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
      {pager}
      <div className="table-scroll">
        <table>
          <caption>
            {filtered ? t('captionFiltered', { count: result.total, total: result.all }) : t('captionAll')}. {t('sortHint')}
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
      {result.pages > 1 ? pager : null}
    </>
  );
}
