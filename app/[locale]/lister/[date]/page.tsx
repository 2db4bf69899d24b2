import type { Metadata } from 'next';
import NextLink from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getList, listListDates } from '@/db/queries/lists';
import { Link } from '@/app/_i18n/navigation';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';
import { Bibliography, footnoteIndex, SourceRefs } from '@/app/_components/source-refs';
import { getDataVersion } from '@/db/queries/meta';
import { citationMeta } from '@/app/_components/citation-meta';
import { CiteThis } from '@/app/_components/cite-this';

export const dynamicParams = false;

export function generateStaticParams() {
  return listListDates().map((date) => ({ date }));
}

type Props = { params: Promise<{ date: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date, locale } = await params;
  const t = await getTranslations({ locale, namespace: 'list' });
  const l = await getLabels(locale);
  const { version, builtAt } = getDataVersion();
  return {
    title: t('title', { date: l.date(date) }),
    alternates: alternatesFor(`/lister/${date}`, locale),
    other: citationMeta(t('citeTitle', { date: l.date(date) }), `/lister/${date}`, version, builtAt),
  };
}

export default async function ListPage({ params }: Props) {
  const { date, locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('list');
  const l = await getLabels();
  const list = getList(date);
  if (!list) notFound();
  const index = footnoteIndex(list.bibliography);
  const changesReliable = list.categories.every((c) => c.complete) && (list.previous?.complete ?? false);
  return (
    <article>
      <p className="breadcrumb">
        <Link href="/lister">{t('breadcrumb')}</Link> › {l.date(list.date)}
      </p>
      <h1>
        {t('title', { date: l.date(list.date) })}
        <SourceRefs ids={list.recordSources} index={index} />
      </h1>
      <p className="lead">
        {list.title ?? <span className="unknown">{t('noTitle')}</span>}
        {locale === 'en' && list.titleEn ? <span lang="en"> ({list.titleEn})</span> : null}
      </p>

      {list.criteria ? (
        <section aria-labelledby="kriterier">
          <h2 id="kriterier">{t('criteria')}</h2>
          <p>
            <strong>{l.text(list.criteria.title, list.criteria.titleEn)}.</strong> {l.text(list.criteria.rule, list.criteria.ruleEn)}
            {list.criteria.minResidents !== null ? ` ${t('minResidents', { count: list.criteria.minResidents })}` : ''}
            <SourceRefs ids={list.criteria.sources} index={index} />
          </p>
        </section>
      ) : null}

      <section aria-labelledby="kategorier">
        <h2 id="kategorier">{t('categories')}</h2>
        {list.categories.map((category) => (
          <section key={category.code} aria-labelledby={`kategori-${category.code}`}>
            <h3 id={`kategori-${category.code}`}>
              {l.category(category.code)}: {category.publishedTotal === null ? t('unknownCount') : t('areasCount', { count: category.publishedTotal })}
              <SourceRefs ids={category.totalSources} index={index} />
            </h3>
            {category.areas.some((area) => area.basis === 'derived') ? (
              <p className="note">{t('derivedCount', { derived: category.areas.filter((area) => area.basis === 'derived').length, named: category.areas.length })}</p>
            ) : null}
            {category.complete ? null : (
              <p className="unknown">
                {category.publishedTotal !== null
                  ? t('foundOf', { found: category.areas.length, total: category.publishedTotal })
                  : t('found', { found: category.areas.length })}
              </p>
            )}
            {category.areas.length > 0 ? (
              <ul>
                {category.areas.map((area) => (
                  <li key={area.slug}>
                    <Link href={`/omraader/${area.slug}`}>{area.name}</Link> ({area.municipality.name})
                    <SourceRefs ids={area.sources} index={index} />
                    {area.basis === 'derived' ? (
                      <details className="basis-derived">
                        <summary>{l.membershipBasis('derived')}</summary>
                        <span className="note">{l.textOrNull(area.derivation, area.derivationEn)}</span>
                      </details>
                    ) : null}
                    {area.note ? <span className="note"> – {l.text(area.note, area.noteEn)}</span> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </section>

      {list.previous ? (
        <section aria-labelledby="aendringer">
          <h2 id="aendringer">{t('changes', { date: l.date(list.previous.date) })}</h2>
          {changesReliable ? null : (
            <p className="unknown">
              {t('changesIncomplete')}
            </p>
          )}
          <h3>{t('entered', { count: list.entered.length })}</h3>
          <p>{list.entered.length ? list.entered.map((area) => area.name).join(', ') : t('none')}</p>
          <h3>{t('left', { count: list.left.length })}</h3>
          <p>{list.left.length ? list.left.map((area) => area.name).join(', ') : t('none')}</p>
        </section>
      ) : null}

      {list.events.length > 0 ? (
        <section aria-labelledby="haendelser">
          <h2 id="haendelser">{t('events')}</h2>
          <ul>
            {list.events.map((event, i) => (
              <li key={i}>
                {l.date(event.date)}: {l.text(event.description, event.descriptionEn)}
                <SourceRefs ids={event.sources} index={index} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <CiteThis title={t('citeTitle', { date: l.date(list.date) })} kind={t('citeKind')} path={`/lister/${list.date}`} {...getDataVersion()} />

      <section aria-labelledby="kilder">
        <h2 id="kilder">{t('sources')}</h2>
        <Bibliography sources={list.bibliography} />
        <p>
          <NextLink href={`/api/lists/${list.date}`} prefetch={false}>
            {t('json')}
          </NextLink>
        </p>
      </section>
    </article>
  );
}
