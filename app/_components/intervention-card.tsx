import Link from 'next/link';
import type { AreaIntervention } from '@/db/queries/areas';
import type { InterventionQuantity } from '@/db/queries/interventions';
import {
  actorRoleLabels,
  basisLabels,
  formatDate,
  formatNumber,
  interventionCategoryLabels,
  label,
  measureLabels,
  relationLabels,
  statusLabels,
} from './labels';
import { SourceRefs, type FootnoteIndex } from './source-refs';

/** One intervention on an area profile: status, period, quantities (planned apart from done) and relations. */
export function InterventionCard({ intervention, index }: { intervention: AreaIntervention; index: FootnoteIndex }) {
  const period = (
    <>
      {intervention.start ? (
        <>
          {formatDate(intervention.start.date)}
          <SourceRefs ids={intervention.start.sources} index={index} />
        </>
      ) : (
        <span className="unknown">start ukendt</span>
      )}
      {' – '}
      {intervention.end ? (
        <>
          {formatDate(intervention.end.date)}
          {intervention.status.value !== 'completed' ? ' (planlagt)' : ''}
          <SourceRefs ids={intervention.end.sources} index={index} />
        </>
      ) : (
        <span className="unknown">slut ukendt</span>
      )}
    </>
  );
  return (
    <article className="intervention" id={`indsats-${intervention.slug}`} aria-labelledby={`titel-${intervention.slug}`}>
      <h4 id={`titel-${intervention.slug}`}>
        <Link href={`/indsatser/${intervention.slug}`}>{intervention.title}</Link>
        <SourceRefs ids={intervention.recordSources} index={index} />
      </h4>
      <p className="meta">
        <span className="tag">{label(interventionCategoryLabels, intervention.category)}</span>{' '}
        <span className={`status status-${intervention.status.value}`}>
          {label(statusLabels, intervention.status.value)} (bekræftet {intervention.status.year})
        </span>
        <SourceRefs ids={intervention.status.sources} index={index} />
        {' · '}
        {period}
        {intervention.via ? (
          <>
            {' · '}i <Link href={`/omraader/${intervention.via.slug}`}>{intervention.via.name}</Link>
          </>
        ) : null}
      </p>
      {intervention.description ? (
        <p>
          {intervention.description.text}
          <SourceRefs ids={intervention.description.sources} index={index} />
        </p>
      ) : null}
      <QuantitiesTable quantities={intervention.quantities} index={index} />
      {intervention.actors.length > 0 ? (
        <p className="actors">
          Aktører:{' '}
          {intervention.actors.map((actor, i) => (
            <span key={i}>
              {i > 0 ? ', ' : ''}
              {actor.name} ({label(actorRoleLabels, actor.role)})
              <SourceRefs ids={actor.sources} index={index} />
            </span>
          ))}
        </p>
      ) : null}
      {intervention.relations.length > 0 ? (
        <ul className="relations">
          {intervention.relations.map((relation, i) => (
            <li key={i}>
              {relationLabels[relation.type]?.[relation.direction] ?? relation.type}:{' '}
              <Link href={`/indsatser/${relation.slug}`}>{relation.title}</Link>
              <SourceRefs ids={relation.sources} index={index} />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

/** Quantities of an intervention, planned apart from completed, each with its sources. */
export function QuantitiesTable({ quantities, index }: { quantities: InterventionQuantity[]; index: FootnoteIndex }) {
  if (quantities.length === 0) return null;
  return (
    <table className="quantities">
      <caption>Omfang</caption>
      <thead>
        <tr>
          <th scope="col">Mål</th>
          <th scope="col">Antal</th>
          <th scope="col">Planlagt/gennemført</th>
          <th scope="col">Opgjort</th>
        </tr>
      </thead>
      <tbody>
        {quantities.map((quantity, i) => (
          <tr key={i}>
            <td>
              {label(measureLabels, quantity.measure)}
              {quantity.funder ? ` (finansieret af ${quantity.funder})` : ''}
              {quantity.note ? <span className="note"> – {quantity.note}</span> : null}
            </td>
            <td className="number">
              {formatNumber(quantity.value)}
              <SourceRefs ids={quantity.sources} index={index} />
            </td>
            <td>
              <span className={`basis basis-${quantity.basis}`}>{label(basisLabels, quantity.basis)}</span>
            </td>
            <td>{quantity.asOf}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
