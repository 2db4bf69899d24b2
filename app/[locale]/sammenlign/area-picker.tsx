'use client';

import { useRouter } from 'next/navigation';
import { useLocale } from 'next-intl';
import { useEffect, useRef, useState, useSyncExternalStore, useTransition } from 'react';
import { localizePath } from '@/app/_i18n/paths';
import { compareHref, type Align } from './_sections/href';

export interface PickerArea {
  slug: string;
  name: string;
  municipality: string;
}

export interface PickerLabels {
  choose: string;
  addArea: string;
  typeName: string;
  pick: string;
  add: string;
  /** "Fjern {name}". */
  removeName: string;
  remove: string;
  noMatch: string;
  /** "{name} tilføjet" / "{name} fjernet", for the live region. */
  added: string;
  removed: string;
  alsoKnownAs: string;
}

interface Suggestion {
  slug: string;
  name: string;
  detail: string;
}

/**
 * Chooses the areas of /sammenlign (issue 16): chips with a remove button and a combobox that
 * searches as you type, where Enter adds the highlighted area (the first, until the arrows move
 * it). Each change replaces the URL, the comparison's permalink, without reloading the page.
 * Without JavaScript it is the plain form that posts `tilfoej` and the remove links.
 */
export function AreaPicker({ areas, chosen, align, max, labels }: { areas: PickerArea[]; chosen: string[]; align: Align; max: number; labels: PickerLabels }) {
  const router = useRouter();
  const locale = useLocale();
  const interactive = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const [pending, startTransition] = useTransition();
  const [slugs, setSlugs] = useState(chosen);
  const [query, setQuery] = useState('');
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const ticket = useRef(0);
  const nameOf = new Map(areas.map((area) => [area.slug, area.name]));

  // The server's answer for the new URL is the truth once it arrives (state adjusted while rendering).
  const [answered, setAnswered] = useState(chosen.join(','));
  if (chosen.join(',') !== answered) {
    setAnswered(chosen.join(','));
    setSlugs(chosen);
  }

  useEffect(() => {
    const text = query.trim();
    if (!text) return;
    const mine = ++ticket.current;
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(text)}`);
        if (!response.ok || mine !== ticket.current) return;
        const body = (await response.json()) as { areas: { slug: string; name: string; municipality: string; alias: string | null }[] };
        if (mine !== ticket.current) return;
        setSuggestions(
          body.areas
            .filter((area) => !slugs.includes(area.slug))
            .slice(0, 10)
            .map((area) => ({ slug: area.slug, name: area.name, detail: area.alias ? `${area.municipality} · ${labels.alsoKnownAs.replace('{alias}', area.alias)}` : area.municipality })),
        );
        setActive(0);
        setOpen(true);
      } catch {
        // A failed request leaves the box as it was; the plain form is one reload away.
      }
    }, 100);
    return () => window.clearTimeout(timer);
  }, [query, slugs, labels.alsoKnownAs]);

  const go = (next: string[], message: string) => {
    setSlugs(next);
    setAnnouncement(message);
    startTransition(() => router.replace(localizePath(compareHref(next, align), locale), { scroll: false }));
  };
  const add = (suggestion: Suggestion) => {
    if (slugs.includes(suggestion.slug) || slugs.length >= max) return;
    go([...slugs, suggestion.slug], labels.added.replace('{name}', suggestion.name));
    setQuery('');
    setSuggestions([]);
    setOpen(false);
    input.current?.focus();
  };
  const remove = (slug: string) => go(slugs.filter((s) => s !== slug), labels.removed.replace('{name}', nameOf.get(slug) ?? slug));

  const chips =
    slugs.length > 0 ? (
      <ul className="chosen">
        {slugs.map((slug) => (
          <li key={slug}>
            <a href={localizePath(`/omraader/${slug}`, locale)}>{nameOf.get(slug) ?? slug}</a>{' '}
            {interactive ? (
              <button type="button" className="remove link-button" aria-label={labels.removeName.replace('{name}', nameOf.get(slug) ?? slug)} onClick={() => remove(slug)}>
                {labels.remove}
              </button>
            ) : (
              <a className="remove" href={localizePath(compareHref(slugs.filter((s) => s !== slug), align), locale)} aria-label={labels.removeName.replace('{name}', nameOf.get(slug) ?? slug)}>
                {labels.remove}
              </a>
            )}
          </li>
        ))}
      </ul>
    ) : null;

  if (!interactive) {
    return (
      <>
        {chips}
        {slugs.length < max ? (
          <form method="get" className="filters" action={localizePath('/sammenlign', locale)}>
            <input type="hidden" name="omraader" value={slugs.join(',')} />
            {align === 'udpegning' ? <input type="hidden" name="align" value="udpegning" /> : null}
            <label>
              {labels.addArea}
              <select name="tilfoej" defaultValue="">
                <option value="" disabled>
                  {labels.pick}
                </option>
                {areas
                  .filter((area) => !slugs.includes(area.slug))
                  .map((area) => (
                    <option key={area.slug} value={area.slug}>
                      {area.name} ({area.municipality})
                    </option>
                  ))}
              </select>
            </label>
            <button type="submit">{labels.add}</button>
          </form>
        ) : null}
      </>
    );
  }

  const listId = 'sammenlign-forslag';
  const visible = open && query.trim() !== '';
  return (
    <>
      {chips}
      {slugs.length < max ? (
        <div className="area-picker" aria-busy={pending}>
          <label htmlFor="sammenlign-tilfoej">{labels.addArea}</label>
          <div className="search-field">
            <input
              ref={input}
              id="sammenlign-tilfoej"
              type="text"
              autoComplete="off"
              placeholder={labels.typeName}
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={visible}
              aria-controls={listId}
              aria-activedescendant={visible && suggestions[active] ? `${listId}-${active}` : undefined}
              value={query}
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
                  setActive((current) => Math.max(0, current - 1));
                } else if (event.key === 'Enter') {
                  // Enter adds the highlighted area; it never leaves the page.
                  event.preventDefault();
                  const suggestion = suggestions[active];
                  if (visible && suggestion) add(suggestion);
                } else if (event.key === 'Escape') {
                  setOpen(false);
                }
              }}
            />
            <ul id={listId} role="listbox" aria-label={labels.choose} className="suggestions" hidden={!visible}>
              {suggestions.length === 0 ? (
                <li role="option" aria-selected={false} aria-disabled="true" className="empty">
                  {labels.noMatch}
                </li>
              ) : (
                suggestions.map((suggestion, index) => (
                  <li
                    key={suggestion.slug}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className={index === active ? 'active' : undefined}
                    onMouseDown={(event) => {
                      event.preventDefault();
                      add(suggestion);
                    }}
                  >
                    {suggestion.name}
                    <span className="detail"> – {suggestion.detail}</span>
                  </li>
                ))
              )}
            </ul>
          </div>
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
