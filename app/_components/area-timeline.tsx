import { useTranslations } from 'next-intl';
import type { AreaIntervention, AreaListStatus } from '@/db/queries/areas';
import { yearSpan } from '@/db/queries/interventions';
import { highestTier } from '@/db/categories';
import { Link } from '@/app/_i18n/navigation';
import { useLabels, type Labels } from './labels';
import { notListedStyle, tierStyles, unknownStyle } from './tier-style';

/** A list as the timeline needs it: its date and whether every name on it is known. */
export interface TimelineList {
  date: string;
  complete: boolean;
}

interface Span {
  intervention: AreaIntervention;
  from: number;
  to: number;
  /** The bar runs on past the last year we know (ongoing or planned without an end). */
  open: boolean;
}

interface Row {
  span: Span;
  /** The physical intervention this social one accompanies, when it is drawn right under it. */
  accompanies: AreaIntervention | null;
  /** Further physical interventions it accompanies (drawn under the first one only). */
  alsoAccompanies: AreaIntervention[];
}

const currentYear = new Date().getFullYear();

/** The timeline's marks, as the legend names them (class suffix, message key). */
const legendKeys = [
  ['physical', 'keyPhysical'],
  ['social', 'keySocial'],
  ['planned', 'keyPlanned'],
  ['open', 'keyOpen'],
  ['companion', 'keyCompanion'],
  ['policy', 'keyPolicy'],
] as const;

/** Links to interventions, comma-separated, each under its title in the reader's language. */
function InterventionLinks({ interventions, labels: l }: { interventions: AreaIntervention[]; labels: Labels }) {
  return interventions.map((intervention, i) => (
    <span key={intervention.slug}>
      {i > 0 ? ', ' : ''}
      <Link href={`/indsatser/${intervention.slug}`}>{l.text(intervention.title, intervention.titleEn)}</Link>
    </span>
  ));
}

/** The bar of an intervention: the catalogue's year rule (yearSpan), an open end drawn up to this year. */
function span(intervention: AreaIntervention): Span | null {
  const years = yearSpan({ startYear: intervention.startYear, endYear: intervention.endYear, status: intervention.status.value });
  if (!years) return null;
  const [from, to] = years;
  const open = to === Number.POSITIVE_INFINITY;
  return { intervention, from, to: open ? Math.max(from, currentYear) : to, open };
}

/**
 * The rows in reading order: each physical intervention followed by the social ones that
 * accompany it (the relation CFBU asks planners to see), then the other social interventions,
 * then policy. A social intervention accompanying several is drawn under the first and named
 * under the others.
 */
function arrangeRows(dated: Span[], links: { from: AreaIntervention; to: string; title: string }[]): { physical: Row[]; social: Row[]; policy: Row[] } {
  const bySlug = new Map(dated.map((s) => [s.intervention.slug, s]));
  const byStart = (a: Span, b: Span) => a.from - b.from || a.to - b.to;
  const placed = new Set<string>();
  const physical: Row[] = [];
  for (const item of dated.filter((s) => s.intervention.kind === 'physical').sort(byStart)) {
    physical.push({ span: item, accompanies: null, alsoAccompanies: [] });
    const companions = links
      .filter((link) => link.to === item.intervention.slug && link.from.kind === 'social' && bySlug.has(link.from.slug))
      .map((link) => bySlug.get(link.from.slug)!)
      .sort(byStart);
    for (const companion of companions) {
      if (placed.has(companion.intervention.slug)) {
        physical.find((row) => row.span === companion)?.alsoAccompanies.push(item.intervention);
        continue;
      }
      placed.add(companion.intervention.slug);
      physical.push({ span: companion, accompanies: item.intervention, alsoAccompanies: [] });
    }
  }
  const social = dated
    .filter((s) => s.intervention.kind === 'social' && !placed.has(s.intervention.slug))
    .sort(byStart)
    .map((item) => ({ span: item, accompanies: null, alsoAccompanies: [] }));
  const policy = dated
    .filter((s) => s.intervention.kind === 'policy')
    .sort(byStart)
    .map((item) => ({ span: item, accompanies: null, alsoAccompanies: [] }));
  return { physical, social, policy };
}

/**
 * The area's history on one time axis, as an HTML grid that reads without a mouse (issue 16):
 * one row per intervention with its name, period and status beside its bar; each social
 * intervention that accompanies a physical one drawn right under it with a visible connector;
 * policy events as marks; the list status beneath; a legend. Server-rendered, no JavaScript;
 * on a phone the name sits above its bar. The text twin below says the same in sentences.
 */
export function AreaTimeline({
  interventions,
  statuses,
  lists,
}: {
  interventions: AreaIntervention[];
  statuses: AreaListStatus[];
  lists: TimelineList[];
}) {
  const t = useTranslations('timeline');
  const l = useLabels();
  const spans = interventions.map((intervention) => ({ intervention, span: span(intervention) }));
  const dated = spans.flatMap((s) => (s.span ? [s.span] : []));
  const undated = spans.filter((s) => !s.span).map((s) => s.intervention);
  const listYears = lists.map((list) => Number(list.date.slice(0, 4)));
  const minYear = Math.min(2010, ...dated.map((s) => s.from), ...listYears);
  const maxYear = Math.max(currentYear, ...dated.map((s) => s.to), ...listYears) + 1;
  const pct = (year: number) => `${(((year - minYear) / (maxYear - minYear)) * 100).toFixed(2)}%`;
  const pctDate = (date: string) => {
    const [y, m] = date.split('-').map(Number);
    return ((y ?? minYear) + ((m ?? 1) - 1) / 12 - minYear) / (maxYear - minYear);
  };

  const links = interventions.flatMap((intervention) =>
    intervention.relations
      .filter((relation) => relation.type === 'accompanies' && relation.direction === 'outgoing')
      .map((relation) => ({ from: intervention, to: relation.slug, title: l.text(relation.title, relation.titleEn) })),
  );
  const rows = arrangeRows(dated, links);
  const statusByDate = new Map(statuses.map((status) => [status.date, status]));
  const years = Array.from({ length: maxYear - minYear }, (_, i) => minYear + i);
  const step = maxYear - minYear > 14 ? 4 : 2;

  const drawRow = (row: Row) => {
    const { intervention, from, to, open } = row.span;
    const title = l.text(intervention.title, intervention.titleEn);
    const planned = intervention.status.value === 'planned' || intervention.status.value === 'decided';
    const period = intervention.kind === 'policy' ? String(from) : `${from}–${open ? '' : to}`;
    return (
      <li
        key={intervention.slug}
        className={`tl-row tl-${intervention.kind}${row.accompanies ? ' tl-companion' : ''}`}
        data-slug={intervention.slug}
        data-accompanies={row.accompanies?.slug}
      >
        <div className="tl-label">
          {row.accompanies ? <span className="tl-link-label">{t('accompaniesShort')} </span> : null}
          <Link href={`/indsatser/${intervention.slug}`}>{title}</Link>{' '}
          <span className="tl-meta">
            {period} · {l.interventionCategory(intervention.category)} · {l.status(intervention.status.value)}
          </span>
          {row.alsoAccompanies.length > 0 ? (
            <span className="tl-meta">
              {' '}
              · {t('alsoAccompanies')}{' '}
              <InterventionLinks interventions={row.alsoAccompanies} labels={l} />
            </span>
          ) : null}
        </div>
        <div className="tl-track" aria-hidden="true">
          {intervention.kind === 'policy' ? (
            <span className="tl-mark" style={{ left: `calc(${pct(from + 0.5)} - 0.45rem)` }} />
          ) : (
            <span
              className={`tl-bar${planned ? ' tl-planned' : ''}${open ? ' tl-open' : ''}`}
              style={{ left: pct(from), width: `max(0.35rem, calc(${pct(to + 1)} - ${pct(from)}))` }}
            />
          )}
        </div>
      </li>
    );
  };

  const group = (key: string, heading: string, items: Row[]) =>
    items.length === 0 ? null : (
      <li key={key} className="tl-group">
        <span className="tl-group-heading">{heading}</span>
        <ol className="tl-rows">{items.map(drawRow)}</ol>
      </li>
    );

  return (
    <figure className="timeline" style={{ ['--tl-years' as string]: String(maxYear - minYear) }}>
      <div className="tl-axis" aria-hidden="true">
        <div className="tl-label" />
        <div className="tl-track">
          {years
            .filter((year) => (year - minYear) % step === 0)
            .map((year) => (
              <span key={year} className="tl-tick" style={{ left: pct(year) }}>
                {year}
              </span>
            ))}
        </div>
      </div>
      <ol className="tl-groups">
        {group('physical', t('physicalWithCompanions'), rows.physical)}
        {group('social', rows.physical.length > 0 ? t('socialOther') : t('social'), rows.social)}
        {group('policy', t('policy'), rows.policy)}
      </ol>
      <div className="tl-row tl-lists">
        <div className="tl-label">
          <span className="tl-group-heading">{t('listStatus')}</span>
        </div>
        <ol className="tl-track plain">
          {lists.map((list, i) => {
            const status = statusByDate.get(list.date);
            const tier = status ? highestTier(status.categories.map((c) => c.tier)) : null;
            const style = tier ? tierStyles[tier]! : list.complete ? notListedStyle : unknownStyle;
            const next = lists[i + 1];
            const x1 = pctDate(list.date);
            const x2 = next ? pctDate(next.date) : Math.min(1, x1 + 1 / (maxYear - minYear));
            const names = status ? [...new Set(status.categories.map((c) => l.category(c.code)))].join(', ') : l.mapTier(list.complete ? 'none' : 'unknown');
            return (
              <li
                key={list.date}
                className="tl-list"
                title={`${l.date(list.date)}: ${names}`}
                style={{ left: `${(x1 * 100).toFixed(2)}%`, width: `${((x2 - x1) * 100).toFixed(2)}%`, background: style.color, color: style.ink }}
              >
                <span aria-hidden="true">{style.letter}</span>
                <span className="visually-hidden">{`${l.date(list.date)}: ${names}`}</span>
              </li>
            );
          })}
        </ol>
      </div>
      {undated.length > 0 ? (
        <p className="tl-undated">
          {t('undated')}: <InterventionLinks interventions={undated} labels={l} />.
        </p>
      ) : null}
      <figcaption className="tl-legend">
        {legendKeys.map(([key, label]) => (
          <span key={key} className="legend-item">
            <span className={`tl-key tl-key-${key}`} aria-hidden="true" /> {t(label)}
          </span>
        ))}
        <span className="tl-legend-lists">
          {t('listStatus')}:{' '}
          {Object.entries(tierStyles)
            .map(([tier, style]) => `${style.letter} = ${l.mapTier(tier)}`)
            .join(', ')}
          , {notListedStyle.letter} = {l.mapTier('none')}, {unknownStyle.letter} = {l.mapTier('unknown')}.
        </span>
      </figcaption>
      <details className="timeline-twin">
        <summary>{t('asText')}</summary>
        <TimelineText interventions={interventions} undated={undated} links={links} labels={l} />
      </details>
    </figure>
  );
}

function periodText(intervention: AreaIntervention, l: Labels, t: (key: string) => string): string {
  const start = intervention.start ? l.date(intervention.start.date) : t('startUnknown');
  const end = intervention.end
    ? `${l.date(intervention.end.date)}${intervention.status.value === 'completed' ? '' : ` (${t('planned')})`}`
    : t('endUnknown');
  return `${start} – ${end}`;
}

/** The timeline as text, for screen readers, print and anyone who prefers reading. */
function TimelineText({
  interventions,
  undated,
  links,
  labels: l,
}: {
  interventions: AreaIntervention[];
  undated: AreaIntervention[];
  links: { from: AreaIntervention; to: string; title: string }[];
  labels: Labels;
}) {
  const t = useTranslations('timeline');
  const dated = interventions.filter((intervention) => !undated.includes(intervention));
  return (
    <div className="timeline-text">
      <ol>
        {dated.map((intervention) => (
          <li key={intervention.slug}>
            {periodText(intervention, l, t)}: <Link href={`/indsatser/${intervention.slug}`}>{l.text(intervention.title, intervention.titleEn)}</Link> (
            {l.interventionCategory(intervention.category)}, {l.status(intervention.status.value)})
          </li>
        ))}
      </ol>
      {undated.length > 0 ? (
        <p>
          {t('undated')}: <InterventionLinks interventions={undated} labels={l} />.
        </p>
      ) : null}
      {links.length > 0 ? (
        <>
          <h4>{t('accompaniesHeading')}</h4>
          <ul>
            {links.map((link) => (
              <li key={`${link.from.slug}-${link.to}`}>
                <Link href={`/indsatser/${link.from.slug}`}>{l.text(link.from.title, link.from.titleEn)}</Link> {l.relation('accompanies', 'outgoing')}{' '}
                <Link href={`/indsatser/${link.to}`}>{link.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
