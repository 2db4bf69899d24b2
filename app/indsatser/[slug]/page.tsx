import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getIntervention, listInterventionSlugs } from '@/db/queries/interventions';
import { getDataVersion } from '@/db/queries/meta';
import { citationMeta } from '@/app/_components/citation-meta';
import { CiteThis } from '@/app/_components/cite-this';
import { QuantitiesTable } from '@/app/_components/intervention-card';
import { MiniMap } from '@/app/_components/mini-map';
import {
  actorRoleLabels,
  formatDate,
  interventionCategoryLabels,
  kindSingularLabels,
  label,
  relationLabels,
  statusLabels,
} from '@/app/_components/labels';
import { Bibliography, footnoteIndex, SourceRefs } from '@/app/_components/source-refs';

export const dynamicParams = false;

export function generateStaticParams() {
  return listInterventionSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const intervention = getIntervention((await params).slug);
  if (!intervention) return {};
  const { version, builtAt } = getDataVersion();
  return {
    title: intervention.title,
    description: intervention.description?.text,
    other: citationMeta(intervention.title, `/indsatser/${intervention.slug}`, version, builtAt),
  };
}

const unknown = <span className="unknown">ukendt</span>;

export default async function InterventionPage({ params }: Props) {
  const intervention = getIntervention((await params).slug);
  if (!intervention) notFound();
  const index = footnoteIndex(intervention.bibliography);
  const { status } = intervention;
  const plannedEnd = intervention.end && status.value !== 'completed';
  const locatedArea = intervention.areaRefs.find((area) => area.location);

  return (
    <article className="intervention-page">
      <p className="breadcrumb">
        <Link href="/indsatser">Indsatser</Link> › {intervention.title}
      </p>
      <h1>
        {intervention.title}
        <SourceRefs ids={intervention.recordSources} index={index} />
      </h1>
      <p className="lead">
        {label(kindSingularLabels, intervention.kind)}:{' '}
        {label(interventionCategoryLabels, intervention.category)}
      </p>
      {intervention.description ? (
        <p>
          {intervention.description.text}
          <SourceRefs ids={intervention.description.sources} index={index} />
        </p>
      ) : null}

      <section aria-labelledby="fakta">
        <h2 id="fakta">Fakta</h2>
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            <span className={`status status-${status.value}`}>{label(statusLabels, status.value)}</span>, senest bekræftet{' '}
            {status.year}
            <SourceRefs ids={status.sources} index={index} />
          </dd>
          <dt>Start</dt>
          <dd>
            {intervention.start ? (
              <>
                {formatDate(intervention.start.date)}
                <SourceRefs ids={intervention.start.sources} index={index} />
              </>
            ) : (
              unknown
            )}
          </dd>
          <dt>{plannedEnd ? 'Planlagt slut' : 'Slut'}</dt>
          <dd>
            {intervention.end ? (
              <>
                {formatDate(intervention.end.date)}
                <SourceRefs ids={intervention.end.sources} index={index} />
              </>
            ) : (
              unknown
            )}
          </dd>
          <dt>Områder</dt>
          <dd>
            {intervention.areaRefs.length === 0 ? (
              'hele landet'
            ) : (
              <ul className="plain">
                {intervention.areaRefs.map((area) => (
                  <li key={area.slug}>
                    <Link href={`/omraader/${area.slug}`}>{area.name}</Link> ({area.municipality})
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Aktører</dt>
          <dd>
            {intervention.actors.length === 0 ? (
              unknown
            ) : (
              <ul className="plain">
                {intervention.actors.map((actor, i) => (
                  <li key={i}>
                    {actor.name} ({label(actorRoleLabels, actor.role)})
                    <SourceRefs ids={actor.sources} index={index} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt>Placering</dt>
          <dd>
            {intervention.location ? (
              <>
                {intervention.location.lat.toFixed(5)}° N, {intervention.location.lon.toFixed(5)}° Ø
                <SourceRefs ids={intervention.location.sources} index={index} />
              </>
            ) : (
              <span className="unknown">ingen egen placering; se områderne</span>
            )}
          </dd>
        </dl>
      </section>

      {intervention.location ? (
        <section aria-labelledby="kort">
          <h2 id="kort">Kort</h2>
          <MiniMap lat={intervention.location.lat} lon={intervention.location.lon} label={intervention.title} />
        </section>
      ) : locatedArea?.location ? (
        <section aria-labelledby="kort">
          <h2 id="kort">Kort</h2>
          <p>Indsatsen har ingen egen placering fra en kilde; kortet viser området {locatedArea.name}.</p>
          <MiniMap lat={locatedArea.location.lat} lon={locatedArea.location.lon} label={locatedArea.name} />
        </section>
      ) : null}

      <section aria-labelledby="omfang">
        <h2 id="omfang">Omfang over tid</h2>
        {intervention.quantities.length === 0 ? (
          <p>Ingen kilde, vi har læst, angiver tal for denne indsats.</p>
        ) : (
          <>
            <p>Hvert tal står med det år, kilden opgjorde det; planlagte og gennemførte tal holdes adskilt.</p>
            <QuantitiesTable quantities={[...intervention.quantities].sort((a, b) => a.asOf - b.asOf)} index={index} />
          </>
        )}
      </section>

      <section aria-labelledby="relationer">
        <h2 id="relationer">Sammenhænge</h2>
        {intervention.relations.length === 0 ? (
          <p>Ingen registrerede sammenhænge med andre indsatser.</p>
        ) : (
          <ul>
            {intervention.relations.map((relation, i) => (
              <li key={i}>
                {relationLabels[relation.type]?.[relation.direction] ?? relation.type}:{' '}
                <Link href={`/indsatser/${relation.slug}`}>{relation.title}</Link>
                <SourceRefs ids={relation.sources} index={index} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <CiteThis title={intervention.title} kind="Indsats" path={`/indsatser/${intervention.slug}`} {...getDataVersion()} />

      <section aria-labelledby="kilder">
        <h2 id="kilder">Kilder</h2>
        <Bibliography sources={intervention.bibliography} />
        <p>
          <Link href={`/api/interventions/${intervention.slug}`} prefetch={false}>
            Indsatsen som JSON
          </Link>
        </p>
      </section>
    </article>
  );
}
