import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageSources, parsePageAndSize } from '@/db/queries/catalogue';
import { sourceFocusKey } from '@/db/queries/filters';
import { Link } from '@/app/_i18n/navigation';
import { getLabels } from '@/app/_components/labels';
import { Pager } from '@/app/_components/pager';
import { kindOfSlug, SourceEntry } from '../_parts';

/**
 * One page of the sources of a kind, each with what cites it and its own address (`#kilde-…`).
 * The first page is prerendered at /kilder/<kind>; a URL with `page`, `size` or `kilde` (a source's
 * id: the page that holds it, so `?kilde=<id>#kilde-<id>` is a source's lasting address) is rewritten
 * to the dynamic twin at /kilder/<kind>/filter (next.config.ts), which renders this too (issue 18).
 */
export async function SourceKindCatalogue({ slug, params }: { slug: string; params: URLSearchParams }) {
  const kind = kindOfSlug(slug);
  if (!kind) notFound();
  const t = await getTranslations('sourcesPage');
  const l = await getLabels();
  const result = pageSources(kind, { ...parsePageAndSize(params), holding: params.get(sourceFocusKey) ?? undefined });
  if (result.total === 0) notFound();
  // The pager's links name the page itself, not the source it was asked to hold.
  const paging = new URLSearchParams(params);
  paging.delete(sourceFocusKey);
  const pager = <Pager path={`/kilder/${slug}`} params={paging} page={result.page} pages={result.pages} size={result.size} total={result.total} />;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/kilder">{t('title')}</Link> › {t(`kind.${kind}`)}
      </p>
      <h1>
        {t(`kind.${kind}`)} ({l.number(result.total)})
      </h1>
      {pager}
      <ul className="bibliography">
        {result.rows.map((source) => (
          <SourceEntry key={source.id} source={source} />
        ))}
      </ul>
      {result.pages > 1 ? pager : null}
    </>
  );
}
