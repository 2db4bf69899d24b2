'use client';

import { useEffect } from 'react';

/**
 * Adds to each entry of the page's bibliography a link back to the first footnote marker that
 * cites it, in document order (found in the browser: the server renders components in no fixed
 * order, so it cannot know which marker comes first). Without JavaScript the entries have none.
 */
export function BackRefs({ label }: { label: string }) {
  useEffect(() => {
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
  }, [label]);
  return null;
}
