import { useTranslations } from 'next-intl';
import { Link } from '@/app/_i18n/navigation';
import { LanguageSwitch } from './language-switch';
import { MenuButton } from './menu-button';
import { SearchBox } from './search-box';

/** The site's header with the main navigation, the search box and the language switch. */
export function SiteHeader() {
  const t = useTranslations('nav');
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Boligatlas
      </Link>
      <MenuButton controls="hovedmenu" />
      <nav aria-label={t('main')} id="hovedmenu">
        <ul>
          <li>
            <Link href="/omraader">{t('areas')}</Link>
          </li>
          <li>
            <Link href="/indsatser">{t('interventions')}</Link>
          </li>
          <li>
            <Link href="/lister">{t('lists')}</Link>
          </li>
          <li>
            <Link href="/kort">{t('map')}</Link>
          </li>
          <li>
            <Link href="/sammenlign">{t('compare')}</Link>
          </li>
          <li>
            <Link href="/api">{t('data')}</Link>
          </li>
        </ul>
      </nav>
      <SearchBox id="sidehoved-soeg" />
      <LanguageSwitch />
    </header>
  );
}
