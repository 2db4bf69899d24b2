import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>
        Vi kunne ikke finde den side. Prøv <Link href="/omraader">listen over områder</Link>.
      </p>
    </>
  );
}
