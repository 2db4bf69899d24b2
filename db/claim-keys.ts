/**
 * Claim keys: which fact a citation in the `claims` table belongs to (docs/decisions/0010-stable-claim-keys.md).
 * A key names the fact by what it is, not by its position in a YAML list, so reordering a list
 * keeps every published identifier (`claims.csv`). This module is the only place that builds keys;
 * the build stores each row's key beside it and the queries read it from there.
 */
import { foldText } from './fold';

/** Every kind of fact that carries citations. A typo here is a type error, not a lost footnote. */
export const subjectTypes = [
  'area',
  'area.alias',
  'area.boundary',
  'area.boundary.place',
  'area.built',
  'area.dwellings',
  'area.housing_organisation',
  'area.location',
  'area.location.place',
  'area.residents',
  'area.summary',
  'criteria',
  'intervention',
  'intervention.actor',
  'intervention.description',
  'intervention.end',
  'intervention.location',
  'intervention.quantity',
  'intervention.relation',
  'intervention.start',
  'intervention.status',
  'list',
  'list.event',
  'list.figures',
  'list.membership',
  'list.total',
  'municipality',
  'municipality.boundary',
] as const;
export type SubjectType = (typeof subjectTypes)[number];

/** A readable, stable token for free text (folded, spaces as `-`). */
const token = (text: string) => foldText(text).trim().replace(/\s+/g, '-');

/**
 * Keys for the items of one record's list (aliases, quantities, …): `<record>#<what it is>`, with
 * `~2`, `~3` … only where two items of the record are the same fact twice.
 */
export function itemKeys<T>(record: string, items: readonly T[], identity: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = `${record}#${identity(item)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}~${n}`;
  });
}

/** What identifies each kind of item within its record. */
export const identityOf = {
  alias: (alias: { name: string }) => token(alias.name),
  housingOrganisation: (org: { name: string }) => token(org.name),
  observation: (observation: { year: number; value: number }) => `${observation.year}:${observation.value}`,
  actor: (actor: { name: string; role: string }) => `${token(actor.name)}:${actor.role}`,
  quantity: (quantity: { measure: string; basis: string; asOf: number; value: number }) => `${quantity.measure}:${quantity.basis}:${quantity.asOf}:${quantity.value}`,
  relation: (relation: { type: string; target: string }) => `${relation.type}:${relation.target}`,
  event: (event: { date: string }) => event.date,
};

/** The key of a list membership and of a list category's total. */
export const membershipKey = (listDate: string, code: string, area: string) => `${listDate}/${code}/${area}`;
export const totalKey = (listDate: string, code: string) => `${listDate}/${code}`;

/** The records a claim key names: its own record (slug, date, code, id) and, for a membership, the area. */
export function parseClaimKey(subjectType: SubjectType, key: string): { record: string; area: string | null } {
  const [record = key] = key.split(/[#/]/);
  const area = subjectType === 'list.membership' || subjectType === 'list.figures' ? (key.split('/')[2] ?? null) : null;
  return { record, area };
}
