'use client';

import { createContext, Fragment, useContext, useMemo, type ReactNode } from 'react';

/** A page's footnote targets: the source id of footnote number n is `ids[n - 1]`. */
const Targets = createContext<{ ids: readonly string[]; label: string } | null>(null);

/**
 * Holds the page's footnote numbering for the markers inside it (see Footnotes in source-refs.tsx,
 * which renders it). It renders no element of its own.
 */
export function FootnoteTargets({ ids, label, children }: { ids: readonly string[]; label: string; children: ReactNode }) {
  const value = useMemo(() => ({ ids, label }), [ids, label]);
  return <Targets value={value}>{children}</Targets>;
}

/**
 * The bracketed footnote markers of one fact (`[4, 95, 96]`), from their numbers alone.
 *
 * A client component for the size of the page, not for behaviour: its output is plain links, the
 * same on the server and in the browser, but the React Server Components payload carries a
 * component's props instead of its output. A marker's output (link, fragment, accessible name) is
 * about 150 bytes of payload; its props are its number. A profile has hundreds of markers (issue 18).
 */
export function FootnoteMarks({ n }: { n: readonly number[] }) {
  const targets = useContext(Targets);
  if (!targets) throw new Error('FootnoteMarks must be rendered inside <Footnotes> (source-refs.tsx)');
  return (
    <sup className="refs">
      [
      {n.map((number, i) => (
        <Fragment key={number}>
          {i > 0 ? ', ' : ''}
          <a href={`#kilde-${targets.ids[number - 1]}`} aria-label={targets.label.replace('{number}', String(number))}>
            {number}
          </a>
        </Fragment>
      ))}
      ]
    </sup>
  );
}
