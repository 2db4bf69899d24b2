import { useTranslations } from 'next-intl';
import { Link } from '@/app/_i18n/navigation';
import { defaultPageSize, pageSizes } from '@/db/queries/page-sizes';
import { useLabels } from './labels';

/** A link to the same view with some URL parameters changed (page 1 and the default size need none). */
export function hrefWith(path: string, params: URLSearchParams, changes: Record<string, string | number | null>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    // `page`, and the per-table pages of one page (`areaPage`), need no parameter for their first page.
    if (value === null || (/(^p|P)age$/.test(key) && Number(value) === 1) || (key === 'size' && Number(value) === defaultPageSize)) next.delete(key);
    else next.set(key, String(value));
  }
  const query = next.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Pages of a server-rendered catalogue as plain links (`?page=3`, `?size=100`), so paging works
 * without JavaScript and every page has its own shareable URL; which rows are shown is said in words.
 */
export function Pager({
  path,
  params,
  page,
  pages,
  size,
  total,
  pageKey = 'page',
  sizes = true,
  label,
  hash = '',
  showing,
  onPage,
}: {
  path: string;
  params: URLSearchParams;
  page: number;
  pages: number;
  size: number;
  total: number;
  /** The URL key of the page, where one page has several pagers (`areaPage` on /kort). */
  pageKey?: string;
  /** Whether to offer other page sizes. */
  sizes?: boolean;
  /** The pager's name, where one page has several (each landmark needs its own). */
  label?: string;
  /** A fragment for the links (`#tabel`), so a reload lands at the table. */
  hash?: string;
  /** What the pager says it shows, where "rows from–to of total" does not fit (a list's page of names per category). */
  showing?: string;
  /** With JavaScript: turn the page in place instead of following the link (the link still says where). */
  onPage?: (page: number) => void;
}) {
  const t = useTranslations('pager');
  const l = useLabels();
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  const step = (target: number, text: string, rel?: string) =>
    target === page || target < 1 || target > pages ? (
      <span className="pager-step" aria-disabled="true">
        {text}
      </span>
    ) : (
      <Link
        className="pager-step"
        href={`${hrefWith(path, params, { [pageKey]: target })}${hash}`}
        rel={rel}
        onClick={
          onPage
            ? (event) => {
                event.preventDefault();
                onPage(target);
              }
            : undefined
        }
      >
        {text}
      </Link>
    );
  return (
    <nav className="pager" aria-label={label ?? t('label')}>
      <p className="pager-showing">{showing ?? t('showing', { from: l.number(from), to: l.number(to), total: l.number(total) })}</p>
      {pages > 1 ? (
        <p className="pager-steps">
          {step(1, `« ${t('first')}`)} {step(page - 1, `‹ ${t('previous')}`, 'prev')}{' '}
          <span className="pager-position" aria-current="page">
            {t('position', { page: l.number(page), pages: l.number(pages) })}
          </span>{' '}
          {step(page + 1, `${t('next')} ›`, 'next')} {step(pages, `${t('last')} »`)}
        </p>
      ) : null}
      {sizes && total > pageSizes[0] ? (
        <p className="pager-sizes">
          {t('size')}:{' '}
          {pageSizes.map((option, i) => (
            <span key={option}>
              {i > 0 ? ' · ' : ''}
              {option === size ? (
                <strong aria-current="true">{option}</strong>
              ) : (
                <Link href={hrefWith(path, params, { size: option, page: Math.floor(((page - 1) * size) / option) + 1 })}>{option}</Link>
              )}
            </span>
          ))}
        </p>
      ) : null}
    </nav>
  );
}
