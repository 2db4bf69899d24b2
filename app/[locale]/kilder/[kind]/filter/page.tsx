import { setRequestLocale } from 'next-intl/server';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { SourceKindCatalogue } from '../catalogue';

export { generateMetadata } from '../page';

type Props = { params: Promise<{ locale: string; kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A later page (or another size) of the sources of one kind, or the page holding one source, rendered
 * per request. Users reach it at /kilder/<kind>?page=… or ?kilde=<id>: next.config.ts rewrites the
 * kind's URL with `page`, `size` or `kilde` here.
 */
export default async function SourceKindPageFiltered({ params, searchParams }: Props) {
  const { locale, kind } = await params;
  setRequestLocale(locale);
  return <SourceKindCatalogue slug={kind} params={toUrlSearchParams(await searchParams)} />;
}
