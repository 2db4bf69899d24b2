import NextLink from 'next/link';
import { redirect as nextRedirect } from 'next/navigation';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { localizePath } from './paths';

type LinkProps = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string; locale?: string };

/**
 * Locale-aware links for pages: `<Link href="/omraader">` leads to `/omraader` on a Danish page and
 * to `/en/areas` on an English one (app/_i18n/paths.ts). Pages always write the Danish site path.
 *
 * Links do not prefetch unless asked (`prefetch`): Next's default fetched the React payload of every
 * link in view, 319 requests and 2.1 MB on the front page and 95 on /indsatser, most of it pages the
 * reader never opens (issue 18). A click still navigates in place; it fetches that one page then.
 */
export function Link({ href, locale, prefetch = false, ...rest }: LinkProps) {
  const current = useLocale();
  return <NextLink href={localizePath(href, locale ?? current)} prefetch={prefetch} {...rest} />;
}

/** Redirects to a Danish site path in the given locale (server components and actions). */
export function redirect({ href, locale }: { href: string; locale: string }): never {
  return nextRedirect(localizePath(href, locale));
}
