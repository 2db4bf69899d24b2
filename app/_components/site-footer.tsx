import { getDataVersion } from '@/db/queries/meta';

/** The footer: what the data is, and which version of it the page was built from. */
export function SiteFooter() {
  const { version, builtAt } = getDataVersion();
  return (
    <footer className="site-footer">
      <p>
        Boligatlas er en åben vidensbase. Hvert faktum har en kilde; det ukendte står som ukendt.
      </p>
      <p>
        Dataversion <code>{version}</code>, bygget {builtAt.slice(0, 10)}.
      </p>
    </footer>
  );
}
