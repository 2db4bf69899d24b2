import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link, redirect } from '@/app/_i18n/navigation';
import { listAreas } from '@/db/queries/areas';
import { getComparison, MAX_COMPARED, MIN_COMPARED, parseCompareSlugs } from '@/db/queries/compare';
import { alternatesFor } from '@/app/_components/page-meta';
import { Bibliography, footnoteIndex, Footnotes, type FootnoteIndex } from '@/app/_components/source-refs';
import { toUrlSearchParams } from '@/app/_components/search-params';
import { ByCategorySection } from './_sections/by-category';
import { FactsSection } from './_sections/facts';
import { FiguresSection } from './_sections/figures';
import { ListYearsSection } from './_sections/list-years';
import { compareHref, type Align } from './_sections/href';
import { TimelineSection } from './_sections/timeline';
import { AreaPicker } from './area-picker';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'compare' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/sammenlign', locale) };
}

type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };
export default async function ComparePage({ params: routeParams, searchParams }: Props) {
  const { locale } = await routeParams;
  setRequestLocale(locale);
  const t = await getTranslations('compare');
  const ts = await getTranslations('search');
  const params = toUrlSearchParams(await searchParams);
  const align: Align = params.get('align') === 'udpegning' ? 'udpegning' : 'aar';
  const current = (params.get('omraader') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  // The add/remove form posts back here; answer with the canonical permalink.
  const add = params.get('tilfoej');
  const remove = params.get('fjern');
  if (add || remove) {
    const next = [...new Set([...current.filter((slug) => slug !== remove), ...(add ? [add] : [])])].slice(0, MAX_COMPARED);
    redirect({ href: compareHref(next, align), locale });
  }
  const parsed = parseCompareSlugs(params.get('omraader'));
  const allAreas = listAreas();
  const comparison = parsed.ok ? getComparison(parsed.slugs) : null;
  const index = footnoteIndex(comparison?.bibliography ?? []);

  return (
    <Footnotes index={index}>
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>

        <section aria-labelledby="valg" className="compare-picker">
          <h2 id="valg" className="visually-hidden">
            {t('choose')}
          </h2>
          <AreaPicker
            areas={allAreas.map((area) => ({ slug: area.slug, name: area.name, municipality: area.municipality.name }))}
            chosen={parsed.slugs}
            align={align}
            max={MAX_COMPARED}
            labels={{
              choose: t('choose'),
              addArea: t('addArea'),
              typeName: t('typeName'),
              pick: t('pick'),
              add: t('add'),
              removeName: t('removeName', { name: '{name}' }),
              remove: t('remove'),
              noMatch: t('noMatch'),
              added: t('added', { name: '{name}' }),
              removed: t('removed', { name: '{name}' }),
              alsoKnownAs: ts('alsoKnownAs', { alias: '{alias}' }),
            }}
          />
          {!parsed.ok && parsed.problem.code === 'too_few' && parsed.slugs.length > 0 ? (
            // One area chosen is a step on the way, not a mistake: a hint, no warning.
            <p className="note">{t('oneMore', { min: MIN_COMPARED })}</p>
          ) : !parsed.ok && parsed.problem.code !== 'too_few' ? (
            <p className="error-note" role="alert">
              {t('problem', { message: t(`problems.${parsed.problem.code}`, { slugs: parsed.problem.code === 'unknown_areas' ? parsed.problem.slugs.join(', ') : '', min: MIN_COMPARED, max: MAX_COMPARED }) })}
            </p>
          ) : null}
        </section>

        {comparison ? <ComparisonView comparison={comparison} align={align} slugs={parsed.slugs} index={index} /> : (
          <p>
            {t('example')}:{' '}
            <Link href="/sammenlign?omraader=gellerupparken-toveshoej,vollsmose,tingbjerg-utterslevhuse&align=udpegning">
              {t('exampleText')}
            </Link>
            .
          </p>
        )}
      </>
    </Footnotes>
  );
}

function ComparisonView({ comparison, align, slugs, index }: { comparison: NonNullable<ReturnType<typeof getComparison>>; align: Align; slugs: string[]; index: FootnoteIndex }) {
  const t = useTranslations('compare');
  const { areas } = comparison;
  const csvHref = `/api/compare.csv?areas=${slugs.join(',')}`;

  return (
    <>
      <p>
        {t('alignBy')}{' '}
        {align === 'aar' ? <strong aria-current="true">{t('calendar')}</strong> : <Link href={compareHref(slugs, 'aar')}>{t('calendar')}</Link>} ·{' '}
        {align === 'udpegning' ? (
          <strong aria-current="true">{t('sinceDesignation')}</strong>
        ) : (
          <Link href={compareHref(slugs, 'udpegning')}>{t('sinceDesignation')}</Link>
        )}{' '}
        · <a href={csvHref}>{t('csv')}</a>
      </p>

      <FactsSection areas={areas} index={index} />
      <TimelineSection areas={areas} align={align} />
      <ListYearsSection areas={areas} align={align} index={index} />
      <FiguresSection areas={areas} index={index} />
      <ByCategorySection areas={areas} categories={comparison.categories} index={index} />

      <h2 id="kilder">{t('sources')}</h2>
      <Bibliography sources={comparison.bibliography} />
    </>
  );
}
