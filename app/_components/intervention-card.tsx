import { useTranslations } from 'next-intl';
import { StatusText } from '@/app/_components/status-text';
import type { AreaIntervention } from '@/db/queries/areas';
import type { InterventionQuantity, InterventionRelation } from '@/db/queries/interventions';
import { Link } from '@/app/_i18n/navigation';
import { useLabels } from './labels';
import { CitedParagraph, SourceRefs, type FootnoteIndex } from './source-refs';

/** One intervention on an area profile: status, period, quantities (planned apart from done) and relations. */
export function InterventionCard({ intervention, index }: { intervention: AreaIntervention; index: FootnoteIndex }) {
  const t = useTranslations('intervention');
  const l = useLabels();
  const period = (
    <>
      {intervention.start ? (
        <>
          {l.date(intervention.start.date)}
          <SourceRefs ids={intervention.start.sources} index={index} />
        </>
      ) : (
        <span className="unknown">{t('startUnknown')}</span>
      )}
      {' – '}
      {intervention.end ? (
        <>
          {l.date(intervention.end.date)}
          {intervention.status.value !== 'completed' ? ` (${t('plannedEnd')})` : ''}
          <SourceRefs ids={intervention.end.sources} index={index} />
        </>
      ) : (
        <span className="unknown">{t('endUnknown')}</span>
      )}
    </>
  );
  return (
    <article className="intervention" id={`indsats-${intervention.slug}`} aria-labelledby={`titel-${intervention.slug}`}>
      <h4 id={`titel-${intervention.slug}`}>
        <Link href={`/indsatser/${intervention.slug}`}>{l.text(intervention.title, intervention.titleEn)}</Link>
        <SourceRefs ids={intervention.recordSources} index={index} />
      </h4>
      <p className="meta">
        <span className="tag">{l.interventionCategory(intervention.category)}</span>{' '}
        <StatusText status={intervention.status} />
        <SourceRefs ids={intervention.status.sources} index={index} />
        {' · '}
        {period}
        {intervention.via ? (
          <>
            {' · '}
            {t('in')} <Link href={`/omraader/${intervention.via.slug}`}>{intervention.via.name}</Link>
          </>
        ) : null}
      </p>
      <CitedParagraph value={intervention.description} index={index} />
      <QuantitiesTable quantities={intervention.quantities} index={index} />
      {intervention.actors.length > 0 ? (
        <p className="actors">
          {t('actors')}:{' '}
          {intervention.actors.map((actor, i) => (
            <span key={i}>
              {i > 0 ? ', ' : ''}
              <span lang="da">{actor.name}</span> ({l.actorRole(actor.role)})
              <SourceRefs ids={actor.sources} index={index} />
            </span>
          ))}
        </p>
      ) : null}
      {intervention.relations.length > 0 ? <RelationList relations={intervention.relations} index={index} /> : null}
    </article>
  );
}

/** An intervention's relations to others (part of, accompanies, follows), each linked and sourced. */
export function RelationList({ relations, index }: { relations: InterventionRelation[]; index: FootnoteIndex }) {
  const l = useLabels();
  return (
    <ul className="relations">
      {relations.map((relation, i) => (
        <li key={i}>
          {l.relation(relation.type, relation.direction)}:{' '}
          <Link href={`/indsatser/${relation.slug}`}>{l.text(relation.title, relation.titleEn)}</Link>
          <SourceRefs ids={relation.sources} index={index} />
        </li>
      ))}
    </ul>
  );
}

/** Quantities of an intervention, planned apart from completed, each with its sources. */
export function QuantitiesTable({ quantities, index }: { quantities: InterventionQuantity[]; index: FootnoteIndex }) {
  const t = useTranslations('intervention');
  const l = useLabels();
  if (quantities.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="quantities">
        <caption>{t('quantities')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measure')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('basis')}</th>
            <th scope="col">{t('asOf')}</th>
          </tr>
        </thead>
        <tbody>
          {quantities.map((quantity, i) => (
            <tr key={i}>
              <td>
                {l.measure(quantity.measure)}
                {quantity.funder ? ` (${t('fundedBy', { funder: l.text(quantity.funder, quantity.funderEn) })})` : ''}
                {quantity.note ? <span className="note"> – {l.text(quantity.note, quantity.noteEn)}</span> : null}
              </td>
              <td className="number">
                {l.number(quantity.value)}
                <SourceRefs ids={quantity.sources} index={index} />
              </td>
              <td>
                <span className={`basis basis-${quantity.basis}`}>{l.basis(quantity.basis)}</span>
              </td>
              <td>{quantity.asOf}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
