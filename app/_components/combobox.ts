'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';

/** The answer of GET /api/search, as the suggestion boxes read it. */
export interface SearchResponse {
  areas: { slug: string; name: string; municipality: string; alias: string | null }[];
  interventions: { slug: string; title: string; titleEn: string | null }[];
  sources: { id: string; title: string; url: string; publisher: string }[];
}

/** True only in a browser running our JavaScript (false on the server and before hydration). */
export function useInteractive(): boolean {
  return useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
}

/**
 * The state and keyboard of an ARIA combobox whose suggestions come from /api/search as you type,
 * shared by the site's search box and /sammenlign's area picker. `toSuggestions` turns an answer
 * into the options (keep it stable with useCallback). `firstActive` is the option highlighted when
 * suggestions arrive: -1 for none (Enter submits the form), 0 for the first (Enter picks it, which
 * `onEnter` then does instead of submitting).
 */
export function useSearchCombobox<S>({
  listId,
  toSuggestions,
  firstActive,
  onEnter,
}: {
  listId: string;
  toSuggestions: (body: SearchResponse) => S[];
  firstActive: -1 | 0;
  onEnter?: (suggestion: S | undefined) => void;
}) {
  const [query, setQuery] = useState('');
  const [suggestions, setSuggestions] = useState<S[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number>(firstActive);
  const request = useRef(0);

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    const ticket = ++request.current;
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(text)}`);
        if (!response.ok || ticket !== request.current) return;
        const body = (await response.json()) as SearchResponse;
        if (ticket !== request.current) return;
        setSuggestions(toSuggestions(body));
        setActive(firstActive);
        setOpen(true);
      } catch {
        // A failed suggestion request leaves the plain form working.
      }
    }, 110);
    return () => window.clearTimeout(timer);
  }, [query, toSuggestions, firstActive]);

  const visible = open && query.trim() !== '';
  const clear = () => {
    setQuery('');
    setSuggestions([]);
    setOpen(false);
  };
  const inputProps = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': visible,
    'aria-controls': listId,
    'aria-activedescendant': visible && active >= 0 && suggestions[active] !== undefined ? `${listId}-${active}` : undefined,
    value: query,
    onChange: (event: { target: { value: string } }) => {
      setQuery(event.target.value);
      if (!event.target.value.trim()) {
        setSuggestions([]);
        setOpen(false);
      }
    },
    onBlur: () => window.setTimeout(() => setOpen(false), 150),
    onFocus: () => suggestions.length > 0 && setOpen(true),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        setOpen(true);
        setActive((current) => Math.min(suggestions.length - 1, current + 1));
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((current) => Math.max(firstActive, current - 1));
      } else if (event.key === 'Enter' && onEnter) {
        event.preventDefault();
        onEnter(visible ? suggestions[active] : undefined);
      } else if (event.key === 'Escape') {
        setOpen(false);
        setActive(firstActive);
      }
    },
  } as const;
  return { query, suggestions, active, visible, clear, inputProps };
}
