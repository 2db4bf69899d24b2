import Link from 'next/link';
import { SearchBox } from './search-box';

/** The site's header with the main navigation. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Boligatlas
      </Link>
      <nav aria-label="Hovedmenu">
        <ul>
          <li>
            <Link href="/omraader">Områder</Link>
          </li>
          <li>
            <Link href="/indsatser">Indsatser</Link>
          </li>
          <li>
            <Link href="/lister">Lister</Link>
          </li>
          <li>
            <Link href="/kort">Kort</Link>
          </li>
          <li>
            <Link href="/sammenlign">Sammenlign</Link>
          </li>
          <li>
            <Link href="/api">Data og API</Link>
          </li>
        </ul>
      </nav>
      <SearchBox id="sidehoved-soeg" />
    </header>
  );
}
