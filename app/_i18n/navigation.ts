import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/** Locale-aware links for pages: `<Link href="/omraader">` leads to `/en/omraader` on an English page. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
