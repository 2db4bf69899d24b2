'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { localizePath } from '@/app/_i18n/paths';
import { useLocale, useTranslations } from 'next-intl';

interface Suggestion {
  href: string;
  label: string;
  detail: string;
  group: 'area' | 'intervention' | 'source';
}

interface SearchResponse {
  areas: { slug: string; name: string; municipality: string; alias: string | null }[];
  interventions: { slug: string; title: string; titleEn: string | null }[];
  sources: { id: string; title: string; url: string; publisher: string }[];
}

/**
 * A search box with suggestions as you type (an ARIA combobox). Without JavaScript it is a plain
 * form that opens /soeg. With `areasOnly` and `areaHref` it picks areas for another page (compare).
 */
export function SearchBox({
  label,
  placeholder,
  areasOnly = false,
  areaHref = '/omraader/{slug}',
  action = '/soeg',
  id,
}: {
  label?: string;
  placeholder?: string;
  areasOnly?: boolean;
  /** Where an area suggestion leads; `{slug}` is replaced. */
  areaHref?: string;
  action?: string;
  id?: string;
}) {
  const t = useTranslations('search');
  const locale = useLocale();
  // Page links are in the page's language (app/_i18n/paths.ts); the API and source URLs are not.
  label ??= t('label');
  placeholder ??= t('placeholder');
  const generated = useId();
  const baseId = id ?? `sog-${generated.replace(/:/g, '')}`;
  const [query, setQuery] = useState('');
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
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
        const next: Suggestion[] = body.areas.slice(0, areasOnly ? 10 : 6).map((area) => ({
          href: localizePath(areaHref.replace('{slug}', area.slug), locale),
          label: area.name,
          detail: area.alias ? `${area.municipality} · ${t('alsoKnownAs', { alias: area.alias })}` : area.municipality,
          group: 'area',
        }));
        if (!areasOnly) {
          next.push(
            ...body.interventions.slice(0, 4).map((i) => ({ href: localizePath(`/indsatser/${i.slug}`, locale), label: locale === 'en' && i.titleEn ? i.titleEn : i.title, detail: '', group: 'intervention' as const })),
            ...body.sources.slice(0, 2).map((s) => ({ href: s.url, label: s.title, detail: s.publisher, group: 'source' as const })),
          );
        }
        if (ticket !== request.current) return;
        setSuggestions(next);
        setActive(-1);
        setOpen(true);
      } catch {
        // A failed suggestion request leaves the plain form working.
      }
    }, 120);
    return () => window.clearTimeout(timer);
  }, [query, areasOnly, areaHref, locale, t]);

  const listId = `${baseId}-forslag`;
  const visible = open && query.trim() !== '';
  return (
    <form role="search" method="get" action={localizePath(action, locale)} className="search-box" onSubmit={(event) => {
      if (visible && active >= 0 && suggestions[active]) {
        event.preventDefault();
        window.location.assign(suggestions[active].href);
      }
    }}>
      <label htmlFor={baseId} className="search-label">
        {label}
      </label>
      <div className="search-field">
        <input
          id={baseId}
          type="search"
          name="q"
          autoComplete="off"
          placeholder={placeholder}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={visible}
          aria-controls={listId}
          aria-activedescendant={visible && active >= 0 ? `${listId}-${active}` : undefined}
          value={query}
          maxLength={1000}
          onChange={(event) => {
            setQuery(event.target.value);
            if (!event.target.value.trim()) {
              setSuggestions([]);
              setOpen(false);
            }
          }}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onFocus={() => suggestions.length > 0 && setOpen(true)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((current) => Math.min(suggestions.length - 1, current + 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((current) => Math.max(-1, current - 1));
            } else if (event.key === 'Escape') {
              setOpen(false);
              setActive(-1);
            }
          }}
        />
        <button type="submit">{t('submit')}</button>
        <ul id={listId} role="listbox" aria-label={t('suggestionsFor', { label: label.toLowerCase() })} className="suggestions" hidden={!visible}>
          {suggestions.length === 0 ? (
            <li role="option" aria-selected={false} aria-disabled="true" className="empty" id={`${listId}-none`}>
              {t('noSuggestions')}
            </li>
          ) : (
            suggestions.map((suggestion, index) => (
              <li
                key={`${suggestion.group}-${suggestion.href}`}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  window.location.assign(suggestion.href);
                }}
              >
                <span className="group">{t(`group.${suggestion.group}`)}</span> {suggestion.label}
                {suggestion.detail ? <span className="detail"> – {suggestion.detail}</span> : null}
              </li>
            ))
          )}
        </ul>
      </div>
    </form>
  );
}
