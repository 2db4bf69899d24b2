import Link from 'next/link';
import { listAreas } from '@/db/queries/areas';
import { listInterventions } from '@/db/queries/interventions';
import { listLists } from '@/db/queries/lists';
import { AtlasMap } from '@/app/_components/map';
import { SearchBox } from '@/app/_components/search-box';
import { categoryLabels, formatDate, label } from '@/app/_components/labels';

export default function HomePage() {
  const areas = listAreas();
  const interventions = listInterventions();
  const latest = listLists().at(-1);
  const located = areas.filter((area) => area.location).length;
  return (
    <>
      <h1>Boligatlas</h1>
      <p className="lead">
        En åben vidensbase om Danmarks udsatte boligområder: hvilke områder staten har listet år for år, og hvilke fysiske
        og sociale indsatser der er sat i gang i dem. Hvert faktum har sin kilde, og det, ingen kilde siger, står som ukendt.
      </p>

      <SearchBox id="forside-soeg" label="Søg i Boligatlas" placeholder="Fx Tåstrupgård, Vollsmose, helhedsplan" />

      <div className="front-grid">
        <section aria-labelledby="seneste-liste">
          <h2 id="seneste-liste">Den seneste liste</h2>
          {latest ? (
            <>
              <p>
                <Link href={`/lister/${latest.date}`}>Listen pr. {formatDate(latest.date)}</Link>:
              </p>
              <ul>
                {latest.categories.map((category) => (
                  <li key={category.code}>
                    {label(categoryLabels, category.code)}: {category.publishedTotal ?? 'ukendt antal'}
                    {category.complete ? '' : ` (${category.named} navngivet hos os)`}
                  </li>
                ))}
              </ul>
              <p>
                <Link href="/lister">Alle lister siden 2010</Link>
              </p>
            </>
          ) : (
            <p>Ingen lister endnu.</p>
          )}
        </section>
        <section aria-labelledby="forside-kort">
          <h2 id="forside-kort">Kortet</h2>
          <AtlasMap mode="overview" year={latest ? Number(latest.date.slice(0, 4)) : undefined} label="Oversigtskort over områderne" />
          <p>
            {located} af {areas.length} områder har en placering fra en kilde. <Link href="/kort">Åbn det store kort</Link>
          </p>
        </section>
      </div>

      <h2>Veje ind</h2>
      <ul className="ways-in">
        <li>
          <Link href="/omraader">
            <strong>Se alle områder</strong>
            <span>{areas.length} områder med profil, listehistorik og kilder</span>
          </Link>
        </li>
        <li>
          <Link href="/lister">
            <strong>Statens lister</strong>
            <span>Hver liste fra 2010 til i dag, og hvem der kom på og af</span>
          </Link>
        </li>
        <li>
          <Link href="/indsatser">
            <strong>Indsatser</strong>
            <span>{interventions.length} fysiske, sociale og politiske indsatser</span>
          </Link>
        </li>
        <li>
          <Link href="/sammenlign?omraader=gellerupparken-toveshoej,vollsmose,tingbjerg-utterslevhuse&align=udpegning">
            <strong>Sammenlign områder</strong>
            <span>Fx Gellerup, Vollsmose og Tingbjerg side om side</span>
          </Link>
        </li>
        <li>
          <Link href="/kort">
            <strong>Kort</strong>
            <span>Områderne farvet efter kategori, år for år</span>
          </Link>
        </li>
      </ul>
    </>
  );
}
