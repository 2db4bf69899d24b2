import { notFound } from 'next/navigation';

/** Any path that is no page: the localized not-found page, with the site's header and footer. */
export default function CatchAll() {
  notFound();
}
