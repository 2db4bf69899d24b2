import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { search } from '@/db/queries/search';
import { Link } from '@/app/_i18n/navigation';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'searchPage' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/soeg', locale) };
}

type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The search page: a plain GET form and server-rendered results, so it works without JavaScript. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('searchPage');
  const l = await getLabels();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const results = query.trim() ? search(query) : null;
  const total = results ? results.areas.length + results.interventions.length + results.sources.length : 0;
  return (
    <>
      <h1>{t('title')}</h1>
      <form method="get" role="search" className="search-page-form">
        <label htmlFor="soeg-q">{t('label')}</label>
        <input id="soeg-q" type="search" name="q" defaultValue={query} maxLength={1000} />
        <button type="submit">{t('submit')}</button>
      </form>
      {results ? (
        <p role="status">
          {total === 0 ? t('noResults', { query: query.slice(0, 100) }) : t('results', { count: total, query: query.slice(0, 100) })}
        </p>
      ) : (
        <p>{t('hint')}</p>
      )}
      {results && results.areas.length > 0 ? (
        <section aria-labelledby="hits-areas">
          <h2 id="hits-areas">{t('areas', { count: results.areas.length })}</h2>
          <ul className="hits">
            {results.areas.map((hit) => (
              <li key={hit.slug}>
                <Link href={`/omraader/${hit.slug}`}>{hit.name}</Link> – {l.areaType(hit.type)}, {hit.municipality}
                {hit.alias ? <span className="note"> ({t('alsoKnownAs', { alias: hit.alias })})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results && results.interventions.length > 0 ? (
        <section aria-labelledby="hits-interventions">
          <h2 id="hits-interventions">{t('interventions', { count: results.interventions.length })}</h2>
          <ul className="hits">
            {results.interventions.map((hit) => (
              <li key={hit.slug}>
                <Link href={`/indsatser/${hit.slug}`}>{l.text(hit.title, hit.titleEn)}</Link> – {l.interventionCategory(hit.category)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results && results.sources.length > 0 ? (
        <section aria-labelledby="hits-sources">
          <h2 id="hits-sources">{t('sources', { count: results.sources.length })}</h2>
          <ul className="hits">
            {results.sources.map((hit) => (
              <li key={hit.id}>
                <a href={hit.url}>{hit.title}</a> – {hit.publisher}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
