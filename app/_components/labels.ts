/**
 * The interface's names for the codes stored in the data (code and database stay English), in the
 * page's language, from the next-intl messages (`labels` in app/_i18n/messages/*.json).
 * `useLabels()` serves client and synchronous server components, `getLabels()` async pages.
 */
import { useLocale, useTranslations } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';

interface Translator {
  (key: string, values?: Record<string, string>): string;
  has(key: string): boolean;
}

export interface Labels {
  locale: string;
  category(code: string): string;
  tier(code: string): string;
  areaType(code: string): string;
  kind(code: string): string;
  kindOne(code: string): string;
  interventionCategory(code: string): string;
  status(code: string): string;
  measure(code: string): string;
  basis(code: string): string;
  relation(type: string, direction: 'outgoing' | 'incoming'): string;
  aliasKind(code: string): string;
  actorRole(code: string): string;
  /** A map status: a tier, `none` or `unknown`. */
  mapTier(code: string): string;
  /** A location precision in a word (`town` → `by`). */
  precision(code: string): string;
  /** What a point of that precision stands for, in a sentence: "Omtrentlig placering: byen Odense". */
  placedAt(precision: string, place: string | null): string;
  /** What a boundary outlines, in a phrase: "Grænse for området", "Bydelens grænse (Nørrebro)". */
  boundary(precision: string, place: string | null): string;
  /** `2022-12-01` → `1. dec. 2022` / `1 Dec 2022`; partial dates (`2019`, `2019-05`) as far as they go. */
  date(value: string): string;
  number(value: number): string;
  /** A text we wrote, in the page's language: the English sibling under /en, the Danish otherwise (issue 17). */
  text(da: string, en: string | null | undefined): string;
  /** A nullable text in the page's language, or null. */
  textOrNull(da: string | null | undefined, en: string | null | undefined): string | null;
  /** How a list membership is known: `printed` or `derived`. */
  membershipBasis(code: string): string;
}

const monthNames: Record<string, string[]> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

export function formatDate(date: string, locale = 'da'): string {
  const [year, month, day] = date.split('-');
  const months = monthNames[locale] ?? monthNames.da!;
  if (!month) return year ?? date;
  const monthName = months[Number(month) - 1] ?? month;
  if (!day) return `${monthName} ${year}`;
  return locale === 'en' ? `${Number(day)} ${monthName} ${year}` : `${Number(day)}. ${monthName} ${year}`;
}

export function formatNumber(value: number, locale = 'da'): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'da-DK').format(value);
}

function makeLabels(t: Translator, locale: string): Labels {
  // A code without a message falls back on the code itself, so nothing is ever blank.
  const lookup = (group: string) => (code: string) => (t.has(`${group}.${code}`) ? t(`${group}.${code}`) : code);
  return {
    locale,
    category: lookup('category'),
    tier: lookup('tier'),
    areaType: lookup('areaType'),
    kind: lookup('kind'),
    kindOne: lookup('kindOne'),
    interventionCategory: lookup('interventionCategory'),
    status: lookup('status'),
    measure: lookup('measure'),
    basis: lookup('basis'),
    relation: (type, direction) => lookup('relation')(`${type}_${direction}`),
    aliasKind: lookup('aliasKind'),
    actorRole: lookup('actorRole'),
    mapTier: lookup('mapTier'),
    precision: lookup('precision'),
    placedAt: (precision, place) => (t.has(`placedAt.${precision}`) ? t(`placedAt.${precision}`, { place: place ?? '' }) : precision),
    boundary: (precision, place) => (t.has(`boundary.${precision}`) ? t(`boundary.${precision}`, { place: place ?? '' }) : precision),
    date: (value) => formatDate(value, locale),
    number: (value) => formatNumber(value, locale),
    text: (da, en) => (locale === 'en' && en ? en : da),
    textOrNull: (da, en) => (locale === 'en' && en ? en : (da ?? null)),
    membershipBasis: lookup('membershipBasis'),
  };
}

/** Labels in client components and synchronous server components. */
export function useLabels(): Labels {
  return makeLabels(useTranslations('labels') as unknown as Translator, useLocale());
}

/** Labels in async server components (pages; give the locale in metadata, where no request locale is set). */
export async function getLabels(locale?: string): Promise<Labels> {
  const resolved = locale ?? (await getLocale());
  return makeLabels((await getTranslations({ locale: resolved, namespace: 'labels' })) as unknown as Translator, resolved);
}
