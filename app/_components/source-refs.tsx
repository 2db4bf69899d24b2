import type { ReactNode } from 'react';
import { useLabels } from '@/app/_components/labels';
import { useTranslations } from 'next-intl';
import { BackRefs } from './back-refs';
import { FootnoteMarks, FootnoteTargets } from './footnote-marks';
import type { Source } from '@/db/schema';

/** Footnote numbers for a page's bibliography: source id → 1-based number. */
export type FootnoteIndex = ReadonlyMap<string, { number: number; source: Source }>;

export function footnoteIndex(bibliography: readonly Source[]): FootnoteIndex {
  return new Map(bibliography.map((source, i) => [source.id, { number: i + 1, source }]));
}

/**
 * Small superscript links from a fact to the numbered sources that state it, grouped in one
 * bracket (`[4, 95, 96]`); each shows its source on focus or hover. The bibliography links back
 * to the first marker of each source (BackRefs).
 *
 * A marker carries only its number: the preview (the entry's citation, `.cite`) and the full
 * accessible name ("Kilde 4: title") come from the source's bibliography entry, where the title
 * is written once, and BackRefs puts them on the markers in the browser. A profile has hundreds
 * of markers for about a hundred sources, and each title repeated per marker, in the HTML and
 * again in the RSC payload, was a quarter of the page (issue 18). Without JavaScript a marker is still a link to its entry, named "Kilde 4".
 * The markers are rendered by FootnoteMarks, a client component, so that the page's payload holds
 * each group's numbers instead of its links; the page wraps them in <Footnotes>.
 */
export function SourceRefs({ ids, index }: { ids: readonly string[]; index: FootnoteIndex }) {
  const numbers = [...new Set(ids)].flatMap((id) => {
    const entry = index.get(id);
    return entry ? [entry.number] : [];
  });
  if (numbers.length === 0) return null;
  return <FootnoteMarks n={numbers.sort((a, b) => a - b)} />;
}

/**
 * Gives the footnote markers inside it their targets: a page that numbers its sources with
 * `footnoteIndex` wraps what it renders in this, once, so each marker's payload is only its
 * number (FootnoteMarks). Renders no element.
 */
export function Footnotes({ index, children }: { index: FootnoteIndex; children: ReactNode }) {
  const t = useTranslations('sources');
  return (
    <FootnoteTargets ids={[...index.keys()]} label={t('refNumber', { number: '{number}' })}>
      {children}
    </FootnoteTargets>
  );
}

/** A text of ours from the data (summary, description) with the footnotes of its sources; nothing when there is none. */
export function CitedParagraph({ value, index }: { value: { text: string; textEn?: string | null; sources: readonly string[] } | null; index: FootnoteIndex }) {
  const l = useLabels();
  if (!value) return null;
  return (
    <p>
      {l.text(value.text, value.textEn)}
      <SourceRefs ids={value.sources} index={index} />
    </p>
  );
}

/**
 * The numbered list of sources a page cites. `folded` puts it in a closed disclosure (a profile's
 * runs to a hundred entries); a footnote link opens it (BackRefs), and each marker previews its
 * source, so the list need not be open to read a page.
 */
export function Bibliography({ sources, folded = false }: { sources: readonly Source[]; folded?: boolean }) {
  const t = useTranslations('sources');
  if (sources.length === 0) return <p>{t('none')}</p>;
  const list = (
    <>
      <BackRefs label={t('back', { number: '{number}' })} refLabel={t('ref', { number: '{number}', title: '{title}' })} />
      <ol className="bibliography">
        {sources.map((source) => (
          <li key={source.id} id={`kilde-${source.id}`}>
            <span className="cite">
              {source.publisher}: <a href={source.url}>{source.title}</a>
              {source.published ? ` (${source.published})` : ` (${t('undated')})`}
            </span>
            . {t('accessed', { date: source.accessed })}
            {source.origin !== 'primary' ? <span className="tag origin">{t(`origin.${source.origin}`)}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
  if (!folded) return list;
  return (
    <details className="bibliography-fold">
      <summary>{t('show', { count: sources.length })}</summary>
      {list}
    </details>
  );
}
