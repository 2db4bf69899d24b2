import { useTranslations } from 'next-intl';
import { getDataVersion } from '@/db/queries/meta';
import { Link } from '@/app/_i18n/navigation';

/** The footer: what the data is, which version of it the page was built from, and where to get it. */
export function SiteFooter() {
  const t = useTranslations('footer');
  const { version, builtAt } = getDataVersion();
  return (
    <footer className="site-footer">
      <p>{t('about')}</p>
      <p>
        {t('version', { version, date: builtAt.slice(0, 10) })} <Link href="/om">{t('method')}</Link> · <Link href="/kilder">{t('sources')}</Link> ·{' '}
        <Link href="/api">{t('api')}</Link> · <a href="/data/boligatlas.sqlite">{t('database')}</a>
      </p>
    </footer>
  );
}
