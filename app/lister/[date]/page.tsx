import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getList, listListDates } from '@/db/queries/lists';
import { categoryLabels, formatDate, label } from '@/app/_components/labels';
import { Bibliography, footnoteIndex, SourceRefs } from '@/app/_components/source-refs';
import { getDataVersion } from '@/db/queries/meta';
import { citationMeta } from '@/app/_components/citation-meta';
import { CiteThis } from '@/app/_components/cite-this';

export const dynamicParams = false;

export function generateStaticParams() {
  return listListDates().map((date) => ({ date }));
}

type Props = { params: Promise<{ date: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params;
  const title = `Listen pr. ${formatDate(date)}`;
  const { version, builtAt } = getDataVersion();
  return { title, other: citationMeta(`Statens liste pr. ${formatDate(date)}`, `/lister/${date}`, version, builtAt) };
}

export default async function ListPage({ params }: Props) {
  const list = getList((await params).date);
  if (!list) notFound();
  const index = footnoteIndex(list.bibliography);
  const changesReliable = list.categories.every((c) => c.complete) && (list.previous?.complete ?? false);
  return (
    <article>
      <p className="breadcrumb">
        <Link href="/lister">Lister</Link> › {formatDate(list.date)}
      </p>
      <h1>
        Listen pr. {formatDate(list.date)}
        <SourceRefs ids={list.recordSources} index={index} />
      </h1>
      <p className="lead">{list.title ?? <span className="unknown">Den officielle titel kender vi ikke fra en kilde.</span>}</p>

      {list.criteria ? (
        <section aria-labelledby="kriterier">
          <h2 id="kriterier">Kriterierne dengang</h2>
          <p>
            <strong>{list.criteria.title}.</strong> {list.criteria.rule}
            {list.criteria.minResidents !== null ? ` Mindst ${list.criteria.minResidents} beboere.` : ''}
            <SourceRefs ids={list.criteria.sources} index={index} />
          </p>
        </section>
      ) : null}

      <section aria-labelledby="kategorier">
        <h2 id="kategorier">Kategorier og områder</h2>
        {list.categories.map((category) => (
          <section key={category.code} aria-labelledby={`kategori-${category.code}`}>
            <h3 id={`kategori-${category.code}`}>
              {label(categoryLabels, category.code)}: {category.publishedTotal ?? 'ukendt antal'} områder
              <SourceRefs ids={category.totalSources} index={index} />
            </h3>
            {category.complete ? null : (
              <p className="unknown">
                Vi har fundet {category.areas.length}
                {category.publishedTotal !== null ? ` af ${category.publishedTotal}` : ''} navne i kilderne; listen er ikke
                komplet her.
              </p>
            )}
            {category.areas.length > 0 ? (
              <ul>
                {category.areas.map((area) => (
                  <li key={area.slug}>
                    <Link href={`/omraader/${area.slug}`}>{area.name}</Link> ({area.municipality})
                    <SourceRefs ids={area.sources} index={index} />
                    {area.note ? <span className="note"> – {area.note}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </section>

      {list.previous ? (
        <section aria-labelledby="aendringer">
          <h2 id="aendringer">Kom på og gik af siden {formatDate(list.previous.date)}</h2>
          {changesReliable ? null : (
            <p className="unknown">
              Mindst én af de to lister er ikke komplet her, så ændringerne nedenfor er kun dem, vi kan se i de navne, vi
              har fundet.
            </p>
          )}
          <h3>Kom på listen ({list.entered.length})</h3>
          <p>{list.entered.length ? list.entered.map((area) => area.name).join(', ') : 'ingen'}</p>
          <h3>Gik af listen ({list.left.length})</h3>
          <p>{list.left.length ? list.left.map((area) => area.name).join(', ') : 'ingen'}</p>
        </section>
      ) : null}

      {list.events.length > 0 ? (
        <section aria-labelledby="haendelser">
          <h2 id="haendelser">Hændelser</h2>
          <ul>
            {list.events.map((event, i) => (
              <li key={i}>
                {formatDate(event.date)}: {event.description}
                <SourceRefs ids={event.sources} index={index} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <CiteThis title={`Statens liste pr. ${formatDate(list.date)}`} kind="Liste" path={`/lister/${list.date}`} {...getDataVersion()} />

      <section aria-labelledby="kilder">
        <h2 id="kilder">Kilder</h2>
        <Bibliography sources={list.bibliography} />
        <p>
          <Link href={`/api/lists/${list.date}`} prefetch={false}>
            Listen som JSON
          </Link>
        </p>
      </section>
    </article>
  );
}
