import type { Metadata } from 'next';
import Link from 'next/link';
import { search } from '@/db/queries/search';
import { areaTypeLabels, interventionCategoryLabels, label } from '@/app/_components/labels';

export const metadata: Metadata = {
  title: 'Søg',
  description: 'Søg i områder, indsatser og kilder, med alle stavemåder (Tåstrupgård, Taastrupgaard, tastrup).',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The search page: a plain GET form and server-rendered results, so it works without JavaScript. */
export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const results = query.trim() ? search(query) : null;
  const total = results ? results.areas.length + results.interventions.length + results.sources.length : 0;
  return (
    <>
      <h1>Søg</h1>
      <form method="get" action="/soeg" role="search" className="search-page-form">
        <label htmlFor="soeg-q">Søg efter område, indsats eller kilde</label>
        <input id="soeg-q" type="search" name="q" defaultValue={query} maxLength={1000} />
        <button type="submit">Søg</button>
      </form>
      {results ? (
        <p role="status">
          {total === 0 ? `Ingen resultater for »${query.slice(0, 100)}«.` : `${total} resultater for »${query.slice(0, 100)}«.`}
        </p>
      ) : (
        <p>Skriv et navn, en stavemåde eller et ord. Æ, ø og å kan skrives som ae, oe og aa.</p>
      )}
      {results && results.areas.length > 0 ? (
        <section aria-labelledby="hits-areas">
          <h2 id="hits-areas">Områder ({results.areas.length})</h2>
          <ul className="hits">
            {results.areas.map((hit) => (
              <li key={hit.slug}>
                <Link href={`/omraader/${hit.slug}`}>{hit.name}</Link> – {label(areaTypeLabels, hit.type)}, {hit.municipality}
                {hit.alias ? <span className="note"> (også kendt som {hit.alias})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results && results.interventions.length > 0 ? (
        <section aria-labelledby="hits-interventions">
          <h2 id="hits-interventions">Indsatser ({results.interventions.length})</h2>
          <ul className="hits">
            {results.interventions.map((hit) => (
              <li key={hit.slug}>
                <Link href={`/indsatser/${hit.slug}`}>{hit.title}</Link> – {label(interventionCategoryLabels, hit.category)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {results && results.sources.length > 0 ? (
        <section aria-labelledby="hits-sources">
          <h2 id="hits-sources">Kilder ({results.sources.length})</h2>
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
