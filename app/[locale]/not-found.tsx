import { useTranslations } from 'next-intl';
import { Link } from '@/app/_i18n/navigation';

export default function NotFound() {
  const t = useTranslations('notFound');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        {t('text')} <Link href="/omraader">{t('link')}</Link>.
      </p>
    </>
  );
}
