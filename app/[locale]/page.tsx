import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listAreas } from '@/db/queries/areas';
import { listInterventions } from '@/db/queries/interventions';
import { listLists } from '@/db/queries/lists';
import { getDataVersion } from '@/db/queries/meta';
import { expectedNewestListDate } from '@/db/queries/rules';
import { Link } from '@/app/_i18n/navigation';
import { AtlasMap } from '@/app/_components/map';
import { SearchBox } from '@/app/_components/search-box';
import { getLabels } from '@/app/_components/labels';
import { alternatesFor } from '@/app/_components/page-meta';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: alternatesFor('/', locale) };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const l = await getLabels();
  const areas = listAreas();
  const interventions = listInterventions();
  const latest = listLists().at(-1);
  const { builtAt } = getDataVersion();
  const located = areas.filter((area) => area.location).length;
  const byPrecision = (precision: string) => areas.filter((area) => area.location?.precision === precision).length;
  return (
    <>
      <h1>Boligatlas</h1>
      <p className="lead">{t('lead')}</p>

      <SearchBox id="forside-soeg" label={t('searchLabel')} placeholder={t('searchPlaceholder')} />

      <div className="front-grid">
        <section aria-labelledby="seneste-liste">
          <h2 id="seneste-liste">{t('latestList')}</h2>
          {latest ? (
            <>
              <p>
                <Link href={`/lister/${latest.date}`}>{t('listOf', { date: l.date(latest.date) })}</Link>:
              </p>
              {latest.date < expectedNewestListDate(builtAt) ? (
                <p className="note">{t('newerLists', { date: l.date(latest.date), expected: l.date(expectedNewestListDate(builtAt)) })}</p>
              ) : null}
              <ul>
                {latest.categories.map((category) => (
                  <li key={category.code}>
                    {l.category(category.code)}: {category.publishedTotal ?? t('unknownCount')}
                    {category.complete ? '' : ` (${t('namedHere', { count: category.named })})`}
                  </li>
                ))}
              </ul>
              <p>
                <Link href="/lister">{t('allLists')}</Link>
              </p>
            </>
          ) : (
            <p>{t('noLists')}</p>
          )}
        </section>
        <section aria-labelledby="forside-kort">
          <h2 id="forside-kort">{t('map')}</h2>
          <AtlasMap mode="overview" year={latest ? Number(latest.date.slice(0, 4)) : undefined} label={t('mapLabel')} />
          <p>
            {t('located', {
              located,
              total: areas.length,
              exact: byPrecision('area'),
              district: byPrecision('district'),
              town: byPrecision('town'),
              municipality: byPrecision('municipality'),
            })}{' '}
            <Link href="/kort">{t('openMap')}</Link>
          </p>
        </section>
      </div>

      <h2>{t('waysIn')}</h2>
      <ul className="ways-in">
        <li>
          <Link href="/omraader">
            <strong>{t('areasTitle')}</strong>
            <span>{t('areasText', { count: areas.length })}</span>
          </Link>
        </li>
        <li>
          <Link href="/lister">
            <strong>{t('listsTitle')}</strong>
            <span>{t('listsText')}</span>
          </Link>
        </li>
        <li>
          <Link href="/indsatser">
            <strong>{t('interventionsTitle')}</strong>
            <span>{t('interventionsText', { count: interventions.length })}</span>
          </Link>
        </li>
        <li>
          <Link href="/udviklingsplaner">
            <strong>{t('progressTitle')}</strong>
            <span>{t('progressText')}</span>
          </Link>
        </li>
        <li>
          <Link href="/sammenlign?omraader=gellerupparken-toveshoej,vollsmose,tingbjerg-utterslevhuse&align=udpegning">
            <strong>{t('compareTitle')}</strong>
            <span>{t('compareText')}</span>
          </Link>
        </li>
        <li>
          <Link href="/kort">
            <strong>{t('mapTitle')}</strong>
            <span>{t('mapText')}</span>
          </Link>
        </li>
      </ul>
    </>
  );
}
