import Link from 'next/link';
import { listAreas } from '@/db/queries/areas';

export default function HomePage() {
  const areas = listAreas();
  return (
    <>
      <h1>Boligatlas</h1>
      <p className="lead">
        En åben vidensbase om Danmarks udsatte boligområder: hvilke områder staten har listet år for år, og hvilke
        fysiske og sociale indsatser der er sat i gang i dem – hvert faktum med sin kilde.
      </p>
      <p>
        Indtil videre rummer Boligatlas {areas.length} områder. <Link href="/omraader">Se alle områder</Link>.
      </p>
    </>
  );
}
