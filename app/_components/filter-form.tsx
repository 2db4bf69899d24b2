'use client';

import { useRouter } from 'next/navigation';
import { useLocale } from 'next-intl';
import { useRef, useTransition, type ReactNode } from 'react';
import { localizePath } from '@/app/_i18n/paths';
import { useInteractive } from './combobox';

/** The query a form would send, without its empty fields. */
function queryOf(form: HTMLFormElement): string {
  const query = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim() !== '') query.append(key, value.trim());
  return query.toString();
}

/**
 * A plain GET filter form that applies each change at once, as /kort does: with JavaScript a
 * change replaces the URL (so the view can be shared) and the server renders the new table;
 * without it the submit button sends the same query. `path` is the Danish site path.
 */
export function AutoApplyForm({ path, label, submitLabel, children }: { path: string; label: string; submitLabel: string; children: ReactNode }) {
  const router = useRouter();
  const locale = useLocale();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const interactive = useInteractive();
  const apply = () => {
    if (!form.current) return;
    const query = queryOf(form.current);
    startTransition(() => router.replace(localizePath(query ? `${path}?${query}` : path, locale), { scroll: false }));
  };
  return (
    <form
      ref={form}
      className="filters"
      method="get"
      aria-label={label}
      aria-busy={pending}
      onChange={(event) => {
        // A number field applies when it is left or Enter is pressed, not at every keystroke.
        if (event.target instanceof HTMLInputElement && event.target.type === 'number') return;
        apply();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      {children}
      {/* With JavaScript every change applies at once; the button stays for the number field and for keyboards. */}
      <button type="submit" data-interactive={interactive ? 'true' : undefined}>
        {submitLabel}
      </button>
    </form>
  );
}

/**
 * A facet with several values to choose (checkboxes that send `name=value` once per choice),
 * folded into a disclosure that says how many are chosen. Works without JavaScript.
 */
export function FacetChecklist({
  label,
  name,
  values,
  options,
  chosenLabel,
  hiddenNote,
}: {
  label: string;
  name: string;
  values: readonly (string | number)[] | undefined;
  options: { value: string | number; label: string }[];
  /** "{count} chosen", with `{count}` in it. */
  chosenLabel: string;
  /** Said under the options when the server cut the list (limitFacetOptions). */
  hiddenNote?: string | null;
}) {
  const chosen = new Set((values ?? []).map(String));
  return (
    <details className="facet">
      <summary>
        <span className="facet-label">{label}</span>{' '}
        <span className="facet-chosen">{chosen.size > 0 ? chosenLabel.replace('{count}', String(chosen.size)) : ''}</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        <ul className="plain facet-options">
          {options.map((option) => (
            <li key={option.value}>
              <label className="checkbox">
                <input type="checkbox" name={name} value={option.value} defaultChecked={chosen.has(String(option.value))} /> {option.label}
              </label>
            </li>
          ))}
        </ul>
        {hiddenNote ? <p className="note">{hiddenNote}</p> : null}
      </fieldset>
    </details>
  );
}
