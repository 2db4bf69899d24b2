'use client';

import { useCallback, useId } from 'react';
import { localizePath } from '@/app/_i18n/paths';
import { useLocale, useTranslations } from 'next-intl';
import { useSearchCombobox, type SearchResponse } from './combobox';

interface Suggestion {
  href: string;
  label: string;
  detail: string;
  group: 'area' | 'intervention' | 'source';
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
  const listId = `${baseId}-forslag`;
  const toSuggestions = useCallback(
    (body: SearchResponse): Suggestion[] => {
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
      return next;
    },
    [areasOnly, areaHref, locale, t],
  );
  // Nothing is highlighted until the arrows move: Enter then submits the form to /soeg.
  const { suggestions, active, visible, inputProps } = useSearchCombobox({ listId, toSuggestions, firstActive: -1 });

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
          maxLength={1000}
          {...inputProps}
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
