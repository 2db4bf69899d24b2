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

interface Bar {
  intervention: AreaIntervention;
  from: number;
  to: number;
  /** The bar runs on past the last year we know (ongoing or planned without an end). */
  open: boolean;
  lane: number;
}

const width = 960;
const left = 110;
const right = 16;
const laneHeight = 20;
const currentYear = new Date().getFullYear();

/** Packs bars into as few lanes as possible so none overlap. */
function packLanes(items: Omit<Bar, 'lane'>[]): Bar[] {
  const laneEnds: number[] = [];
  return [...items]
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((item) => {
      let lane = laneEnds.findIndex((end) => end < item.from);
      if (lane === -1) lane = laneEnds.push(0) - 1;
      laneEnds[lane] = item.to;
      return { ...item, lane };
    });
}

/** The bar of an intervention: the catalogue's year rule (yearSpan), an open end drawn up to this year. */
function span(intervention: AreaIntervention): Omit<Bar, 'lane'> | null {
  const years = yearSpan({ startYear: intervention.startYear, endYear: intervention.endYear, status: intervention.status.value });
  if (!years) return null;
  const [from, to] = years;
  const open = to === Number.POSITIVE_INFINITY;
  return { intervention, from, to: open ? Math.max(from, currentYear) : to, open };
}

/**
 * The area's history on one time axis: physical and social interventions on parallel tracks,
 * policy events as marks, the list status beneath, and the `accompanies` links drawn between
 * the tracks. A server-rendered SVG (no JavaScript), with the same content as text below it.
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
  // SVG links are plain anchors, so they carry the language prefix themselves.
  const prefix = l.locale === 'da' ? '' : `/${l.locale}`;
  const spans = interventions.map((intervention) => ({ intervention, span: span(intervention) }));
  const dated = spans.flatMap((s) => (s.span ? [s.span] : []));
  const undated = spans.filter((s) => !s.span).map((s) => s.intervention);
  const listYears = lists.map((list) => Number(list.date.slice(0, 4)));
  const minYear = Math.min(2010, ...dated.map((s) => s.from), ...listYears);
  const maxYear = Math.max(currentYear, ...dated.map((s) => s.to), ...listYears) + 1;
  const x = (year: number) => left + ((year - minYear) / (maxYear - minYear)) * (width - left - right);
  const xDate = (date: string) => {
    const [y, m] = date.split('-').map(Number);
    return x((y ?? minYear) + ((m ?? 1) - 1) / 12);
  };

  const physical = packLanes(dated.filter((s) => s.intervention.kind === 'physical'));
  const social = packLanes(dated.filter((s) => s.intervention.kind === 'social'));
  const policy = dated.filter((s) => s.intervention.kind === 'policy');
  const physicalLanes = Math.max(1, ...physical.map((b) => b.lane + 1));
  const socialLanes = Math.max(1, ...social.map((b) => b.lane + 1));

  const top = 28;
  const physicalTop = top;
  const socialTop = physicalTop + physicalLanes * laneHeight + 24;
  const policyTop = socialTop + socialLanes * laneHeight + 16;
  const listTop = policyTop + 30;
  const height = listTop + 40;

  const barY = (bar: Bar, trackTop: number) => trackTop + bar.lane * laneHeight;
  const position = new Map<string, { x1: number; x2: number; y: number }>();
  for (const bar of physical) position.set(bar.intervention.slug, { x1: x(bar.from), x2: x(bar.to + 1), y: barY(bar, physicalTop) });
  for (const bar of social) position.set(bar.intervention.slug, { x1: x(bar.from), x2: x(bar.to + 1), y: barY(bar, socialTop) });

  const links = interventions.flatMap((intervention) =>
    intervention.relations
      .filter((relation) => relation.type === 'accompanies' && relation.direction === 'outgoing')
      .map((relation) => ({ from: intervention, to: relation.slug, title: l.text(relation.title, relation.titleEn) })),
  );
  const statusByDate = new Map(statuses.map((status) => [status.date, status]));
  const years = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i);

  const drawBar = (bar: Bar, trackTop: number, className: string) => {
    const y = barY(bar, trackTop);
    const x1 = x(bar.from);
    const x2 = x(bar.to + 1);
    const planned = bar.intervention.status.value === 'planned' || bar.intervention.status.value === 'decided';
    return (
      <a key={bar.intervention.slug} href={`${prefix}/indsatser/${bar.intervention.slug}`} tabIndex={-1}>
        <title>{`${l.text(bar.intervention.title, bar.intervention.titleEn)} (${l.status(bar.intervention.status.value)}, ${bar.from}–${bar.open ? '' : bar.to})`}</title>
        <rect
          className={`${className}${planned ? ' planned' : ''}${bar.open ? ' open' : ''}`}
          x={x1}
          y={y + 2}
          width={Math.max(4, x2 - x1)}
          height={laneHeight - 4}
          rx={3}
        />
        <text x={x1 + 4} y={y + laneHeight / 2 + 4} className="bar-label">
          {l.text(bar.intervention.title, bar.intervention.titleEn).length > Math.floor((x2 - x1) / 6) ? '' : l.text(bar.intervention.title, bar.intervention.titleEn)}
        </text>
      </a>
    );
  };

  return (
    <figure className="timeline">
      {/* Hidden from screen readers, whose users get the same content as text below; the links are mouse shortcuts. */}
      <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        {years.map((year) => (
          <g key={year} aria-hidden="true">
            <line x1={x(year)} x2={x(year)} y1={top - 6} y2={listTop + 24} className="gridline" />
            {year % 2 === 0 || maxYear - minYear < 14 ? (
              <text x={x(year) + 2} y={top - 10} className="axis-label">
                {year}
              </text>
            ) : null}
          </g>
        ))}
        <text x={4} y={physicalTop + 14} className="track-label">{t('physical')}</text>
        <text x={4} y={socialTop + 14} className="track-label">{t('social')}</text>
        <text x={4} y={policyTop + 14} className="track-label">{t('policy')}</text>
        <text x={4} y={listTop + 16} className="track-label">Listestatus</text>
        {physical.map((bar) => drawBar(bar, physicalTop, 'bar-physical'))}
        {social.map((bar) => drawBar(bar, socialTop, 'bar-social'))}
        {policy.map((item) => (
          <a key={item.intervention.slug} href={`${prefix}/indsatser/${item.intervention.slug}`} tabIndex={-1}>
            <title>{`${l.text(item.intervention.title, item.intervention.titleEn)} (${item.from})`}</title>
            <path className="mark-policy" d={`M${x(item.from + 0.5)},${policyTop + 2} l7,8 l-7,8 l-7,-8 z`} />
          </a>
        ))}
        {links.map((link) => {
          const from = position.get(link.from.slug);
          const to = position.get(link.to);
          if (!from || !to) return null;
          const fromX = Math.min(from.x2 - 3, Math.max(from.x1 + 3, (Math.max(from.x1, to.x1) + Math.min(from.x2, to.x2)) / 2));
          const toX = Math.min(to.x2 - 3, Math.max(to.x1 + 3, fromX));
          return (
            <path
              key={`${link.from.slug}-${link.to}`}
              className="link-accompanies"
              d={`M${fromX},${from.y + 2} C${fromX},${(from.y + to.y) / 2} ${toX},${(from.y + to.y) / 2} ${toX},${to.y + laneHeight - 2}`}
            >
              <title>{`${l.text(link.from.title, link.from.titleEn)} ${l.relation('accompanies', 'outgoing')} ${link.title}`}</title>
            </path>
          );
        })}
        {lists.map((list, i) => {
          const status = statusByDate.get(list.date);
          const tier = status ? highestTier(status.categories.map((c) => c.tier)) : null;
          const style = tier ? tierStyles[tier]! : list.complete ? notListedStyle : unknownStyle;
          const next = lists[i + 1];
          const x1 = xDate(list.date);
          const x2 = next ? xDate(next.date) : Math.min(x1 + (x(1) - x(0)), width - right);
          const names = status
            ? [...new Set(status.categories.map((c) => l.category(c.code)))].join(', ')
            : l.mapTier(list.complete ? 'none' : 'unknown');
          return (
            <g key={list.date}>
              <title>{`${l.date(list.date)}: ${names}`}</title>
              <rect x={x1} y={listTop} width={Math.max(2, x2 - x1 - 1)} height={22} fill={style.color} stroke="#8a8a96" strokeWidth={0.5} />
              <text x={x1 + (x2 - x1) / 2} y={listTop + 15} textAnchor="middle" fill={style.ink} className="tier-letter">
                {style.letter}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {t('legend')}{' '}
        {Object.entries(tierStyles)
          .map(([tier, style]) => `${style.letter} = ${l.mapTier(tier)}`)
          .join(', ')}
        , {notListedStyle.letter} = {l.mapTier('none')}, {unknownStyle.letter} = {l.mapTier('unknown')}.
      </figcaption>
      <TimelineText interventions={interventions} undated={undated} links={links} labels={l} />
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
      <h3>{t('asText')}</h3>
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
          {t('undated')}:{' '}
          {undated.map((intervention, i) => (
            <span key={intervention.slug}>
              {i > 0 ? ', ' : ''}
              <Link href={`/indsatser/${intervention.slug}`}>{l.text(intervention.title, intervention.titleEn)}</Link>
            </span>
          ))}
          .
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
