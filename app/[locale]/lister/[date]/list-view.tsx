import NextLink from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ListPage } from '@/db/queries/lists';
import { Link } from '@/app/_i18n/navigation';
import { getLabels } from '@/app/_components/labels';
import { Bibliography, footnoteIndex, Footnotes, SourceRefs } from '@/app/_components/source-refs';
import { getDataVersion } from '@/db/queries/meta';
import { CiteThis } from '@/app/_components/cite-this';
import { Pager } from '@/app/_components/pager';

/**
 * One page of a list: what /lister/<date> (prerendered, page 1) and its dynamic twin (`?page=N`)
 * render. A page shows up to LIST_PAGE_SIZE names of each category, so the page keeps its size
 * however many names a list holds (issue 18); today every list fits on its first page.
 */
export async function ListView({ list, locale }: { list: ListPage; locale: string }) {
  const t = await getTranslations('list');
  const l = await getLabels();
  const index = footnoteIndex(list.bibliography);
  const params = new URLSearchParams(list.page > 1 ? { page: String(list.page) } : {});
  const changesReliable = list.categories.every((c) => c.complete) && (list.previous?.complete ?? false);
  return (
    <Footnotes index={index}>
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
              {category.derived > 0 ? <p className="note">{t('derivedCount', { derived: category.derived, named: category.named })}</p> : null}
              {category.complete ? null : (
                <p className="unknown">
                  {category.publishedTotal !== null
                    ? t('foundOf', { found: category.named, total: category.publishedTotal })
                    : t('found', { found: category.named })}
                </p>
              )}
              {list.pages > 1 && category.named > 0 ? (
                <p className="note">
                  {t('namesShown', { from: l.number(Math.min(category.from, category.named)), to: l.number(category.from - 1 + category.areas.length), named: l.number(category.named) })}
                </p>
              ) : null}
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
          {list.pages > 1 ? (
            <Pager path={`/lister/${list.date}`} params={params} page={list.page} pages={list.pages} size={list.size} total={list.size * list.pages} sizes={false} hash="#kategorier" showing={t('pageOfNames', { size: l.number(list.size) })} />
          ) : null}
        </section>

        {list.previous ? (
          <section aria-labelledby="aendringer">
            <h2 id="aendringer">{t('changes', { date: l.date(list.previous.date) })}</h2>
            {changesReliable ? null : (
              <p className="unknown">
                {t('changesIncomplete')}
              </p>
            )}
            <h3>{t('entered', { count: list.enteredTotal })}</h3>
            <p>
              {list.entered.length ? list.entered.map((area) => area.name).join(', ') : t('none')}
              {list.enteredTotal > list.entered.length ? ` ${t('andMore', { count: l.number(list.enteredTotal - list.entered.length) })}` : ''}
            </p>
            <h3>{t('left', { count: list.leftTotal })}</h3>
            <p>
              {list.left.length ? list.left.map((area) => area.name).join(', ') : t('none')}
              {list.leftTotal > list.left.length ? ` ${t('andMore', { count: l.number(list.leftTotal - list.left.length) })}` : ''}
            </p>
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
    </Footnotes>
  );
}
