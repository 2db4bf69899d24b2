import Link from 'next/link';
import { getDataVersion } from '@/db/queries/meta';

/** The footer: what the data is, which version of it the page was built from, and where to get it. */
export function SiteFooter() {
  const { version, builtAt } = getDataVersion();
  return (
    <footer className="site-footer">
      <p>Boligatlas er en åben vidensbase. Hvert faktum har en kilde; det ukendte står som ukendt.</p>
      <p>
        Dataversion <code>{version}</code>, bygget {builtAt.slice(0, 10)}. <Link href="/om">Om Boligatlas og metoden</Link> ·{' '}
        <Link href="/kilder">Alle kilder</Link> · <Link href="/api">Data og API</Link> · <a href="/data/boligatlas.sqlite">Hele databasen</a>
      </p>
    </footer>
  );
}
