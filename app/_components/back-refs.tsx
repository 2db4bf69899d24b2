'use client';

import { useEffect } from 'react';

/** Opens the closed disclosures (a folded bibliography) around the element the URL's fragment names. */
function revealTarget(): void {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  for (let node = target?.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement && !node.open) node.open = true;
  }
  target?.scrollIntoView();
}

/**
 * Gives each footnote marker its source's preview and full accessible name from the source's
 * entry (see SourceRefs). Opens a folded bibliography when a footnote (or a link from elsewhere) points into it, and adds to each entry of the page's bibliography a link back to the first footnote marker that
 * cites it, in document order (found in the browser: the server renders components in no fixed
 * order, so it cannot know which marker comes first). Without JavaScript the entries have none.
 */
export function BackRefs({ label, refLabel }: { label: string; refLabel: string }) {
  useEffect(() => {
    // A click on a link to the fragment already in the URL fires no hashchange: reveal after it too.
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('a[href^="#"]')) setTimeout(revealTarget, 0);
    };
    window.addEventListener('hashchange', revealTarget);
    document.addEventListener('click', onClick);
    if (window.location.hash) revealTarget();
    return () => {
      window.removeEventListener('hashchange', revealTarget);
      document.removeEventListener('click', onClick);
    };
  }, []);
  useEffect(() => {
    // Each marker gets its source's preview and full name from the entry (written once per source).
    for (const marker of document.querySelectorAll<HTMLAnchorElement>('.refs a[href^="#kilde-"]')) {
      const cite = document.getElementById(decodeURIComponent(marker.hash.slice(1)))?.querySelector('.cite');
      const preview = cite?.textContent?.replace(/\s+/g, ' ').trim();
      if (!cite || !preview) continue;
      marker.dataset.preview = preview;
      const title = cite.querySelector('a')?.textContent ?? '';
      marker.setAttribute('aria-label', refLabel.replace('{number}', () => marker.textContent ?? '').replace('{title}', () => title));
    }
    for (const entry of document.querySelectorAll<HTMLLIElement>('.bibliography li[id^="kilde-"]')) {
      if (entry.querySelector('.back-ref')) continue;
      const marker = document.querySelector<HTMLAnchorElement>(`.refs a[href="#${CSS.escape(entry.id)}"]`);
      if (!marker) continue;
      if (!marker.id) marker.id = `henvisning-${entry.id.slice('kilde-'.length)}`;
      const back = document.createElement('a');
      back.className = 'back-ref';
      back.href = `#${marker.id}`;
      back.textContent = '↩';
      back.setAttribute('aria-label', label.replace('{number}', marker.textContent ?? ''));
      entry.append(' ', back);
    }
  }, [label, refLabel]);
  return null;
}
