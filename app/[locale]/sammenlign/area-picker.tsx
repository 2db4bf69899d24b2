'use client';

import { useRouter } from 'next/navigation';
import { useLocale } from 'next-intl';
import { useCallback, useRef, useState, useTransition } from 'react';
import { localizePath } from '@/app/_i18n/paths';
import { useInteractive, useSearchCombobox, type SearchResponse } from '@/app/_components/combobox';
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
  const interactive = useInteractive();
  const [pending, startTransition] = useTransition();
  const [slugs, setSlugs] = useState(chosen);
  const [announcement, setAnnouncement] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const nameOf = new Map(areas.map((area) => [area.slug, area.name]));

  // The server's answer for the new URL is the truth once it arrives (state adjusted while rendering).
  const [answered, setAnswered] = useState(chosen.join(','));
  if (chosen.join(',') !== answered) {
    setAnswered(chosen.join(','));
    setSlugs(chosen);
  }

  const listId = 'sammenlign-forslag';
  const toSuggestions = useCallback(
    (body: SearchResponse): Suggestion[] =>
      body.areas
        .filter((area) => !slugs.includes(area.slug))
        .slice(0, 10)
        .map((area) => ({ slug: area.slug, name: area.name, detail: area.alias ? `${area.municipality} · ${labels.alsoKnownAs.replace('{alias}', area.alias)}` : area.municipality })),
    [slugs, labels.alsoKnownAs],
  );
  // The first suggestion is highlighted, so Enter adds it; Enter never leaves the page.
  const { suggestions, active, visible, clear, inputProps } = useSearchCombobox({
    listId,
    toSuggestions,
    firstActive: 0,
    onEnter: (suggestion) => {
      if (suggestion) add(suggestion);
    },
  });

  const go = (next: string[], message: string) => {
    setSlugs(next);
    setAnnouncement(message);
    startTransition(() => router.replace(localizePath(compareHref(next, align), locale), { scroll: false }));
  };
  const add = (suggestion: Suggestion) => {
    if (slugs.includes(suggestion.slug) || slugs.length >= max) return;
    go([...slugs, suggestion.slug], labels.added.replace('{name}', suggestion.name));
    clear();
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
              {...inputProps}
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
