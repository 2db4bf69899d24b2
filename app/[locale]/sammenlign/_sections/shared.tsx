/** What the sections of /sammenlign share: the URL of a comparison, the table shell, the year alignment. */
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/app/_i18n/navigation';
import type { ComparedArea } from '@/db/queries/compare';
import type { Align } from './href';
import { useLabels } from '@/app/_components/labels';
import { SourceRefs, type FootnoteIndex } from '@/app/_components/source-refs';

export function Latest({ rows, unit, index }: { rows: { value: number; year: number; sources: string[] }[]; unit: string; index: FootnoteIndex }) {
  const t = useTranslations('compare');
  const l = useLabels();
  const latest = rows.at(-1);
  if (!latest) return <span className="unknown">{t('unknown')}</span>;
  return (
    <>
      {l.number(latest.value)} {unit} ({latest.year})
      <SourceRefs ids={latest.sources} index={index} />
    </>
  );
}

/** A table with one column per compared area: the shell every section of the comparison shares. */
export function CompareTable({
  caption,
  corner,
  areas,
  linkAreas = false,
  children,
}: {
  caption: ReactNode;
  corner: ReactNode;
  areas: ComparedArea[];
  linkAreas?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className="compare">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {areas.map((area) => (
              <th scope="col" key={area.profile.slug}>
                {linkAreas ? <Link href={`/omraader/${area.profile.slug}`}>{area.profile.name}</Link> : area.profile.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function alignedYear(area: ComparedArea, year: number, align: Align): number | null {
  if (align === 'aar') return year;
  return area.firstListedYear === null ? null : year - area.firstListedYear;
}
