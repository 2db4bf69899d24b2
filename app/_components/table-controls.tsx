import type { ReactNode } from 'react';
import { Link } from '@/app/_i18n/navigation';

/**
 * A column header that sorts a server-rendered table through the URL (`?sort=…&order=desc`), so
 * sorting works without JavaScript; the default column needs no parameter.
 */
export function SortHeader({
  path,
  params,
  column,
  defaultColumn,
  active,
  descending,
  children,
}: {
  path: string;
  params: URLSearchParams;
  column: string;
  defaultColumn: string;
  active: boolean;
  descending: boolean;
  children: ReactNode;
}) {
  const next = new URLSearchParams(params);
  // A new order starts on its first page.
  next.delete('page');
  if (column === defaultColumn) next.delete('sort');
  else next.set('sort', column);
  if (active && !descending) next.set('order', 'desc');
  else next.delete('order');
  const query = next.toString();
  return (
    <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}>
      <Link className="sort" href={query ? `${path}?${query}` : path}>
        {children}
        {active ? (descending ? ' ▼' : ' ▲') : ''}
      </Link>
    </th>
  );
}

/** A facet of a plain GET filter form: an "all" option and the values, each with its label. */
export function FacetSelect({
  label,
  name,
  value,
  allLabel,
  options,
}: {
  label: string;
  name: string;
  value: string | number | undefined;
  allLabel: string;
  options: { value: string | number; label: string }[];
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value !== undefined ? String(value) : ''}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
