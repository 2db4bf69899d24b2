import type { Metadata } from 'next';
import Link from 'next/link';
import { getDataVersion } from '@/db/queries/meta';
import { buildOpenApi } from '@/app/api/_lib/openapi';

export const metadata: Metadata = {
  title: 'API og data',
  description: 'Boligatlas som åbne data: JSON-, CSV- og GeoJSON-endepunkter, hele databasen og en OpenAPI-beskrivelse.',
};

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  schema: { type?: string; enum?: string[]; pattern?: string; format?: string; minimum?: number; maximum?: number };
}

function typeOf(schema: Parameter['schema']): string {
  if (schema.enum) return schema.enum.filter(Boolean).join(' | ');
  const range = schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < 1e6 ? ` ${schema.minimum}–${schema.maximum}` : '';
  return `${schema.type ?? 'string'}${schema.format ? ` (${schema.format})` : ''}${range}`;
}

/** A readable page of the API, rendered from the same OpenAPI document that /api/openapi.json serves. */
export default function ApiPage() {
  const { version, builtAt } = getDataVersion();
  const document = buildOpenApi(version);
  const examples: Record<string, string> = {
    '/api/areas/{slug}': '/api/areas/vollsmose',
    '/api/interventions/{slug}': '/api/interventions/vollsmose-udviklingsplan',
    '/api/lists/{date}': '/api/lists/2022-12-01',
    '/api/search': '/api/search?q=taastrup',
    '/api/compare.csv': '/api/compare.csv?areas=gellerupparken-toveshoej,vollsmose,tingbjerg-utterslevhuse',
    '/api/interventions': '/api/interventions?kind=physical&category=demolition',
  };
  return (
    <>
      <h1>API og data</h1>
      <p className="lead">
        Alt i Boligatlas kan hentes som data: JSON til programmer, CSV til regneark, R og Python, GeoJSON til QGIS – og hele
        databasen. Dataversion <code>{version}</code>, bygget {builtAt.slice(0, 10)}.
      </p>
      <ul>
        <li>
          <a href="/data/boligatlas.sqlite">Hele databasen (SQLite)</a> · <a href="/data/boligatlas-csv.zip">alle tabeller som CSV i én zip</a>
        </li>
        <li>
          <a href="/api/openapi.json">OpenAPI 3.1-beskrivelsen</a> (maskinlæsbar; filtrene og dataposternes skemaer er genereret fra de
          zod-skemaer, der validerer data)
        </li>
        <li>
          Alle JSON-svar har <code>dataVersion</code> og <code>builtAt</code>; CSV-svar har headeren <code>X-Data-Version</code>. Fejl
          svarer altid <code>{'{"error": {"status", "message"}}'}</code>, og en ugyldig parameter giver 400 med parameterens navn.
        </li>
      </ul>
      <h2>Endepunkter</h2>
      {Object.entries(document.paths).map(([path, item]) => {
        const operation = item.get;
        const parameters = (operation.parameters ?? []) as Parameter[];
        const example = examples[path] ?? (path.includes('{') ? null : path);
        return (
          <section key={path} aria-labelledby={`ep-${path}`} className="endpoint">
            <h3 id={`ep-${path}`}>
              <code>GET {path}</code>
            </h3>
            <p>
              {operation.summary}
              {example ? (
                <>
                  {' '}
                  – prøv:{' '}
                  <Link href={example} prefetch={false}>
                    {example}
                  </Link>
                </>
              ) : null}
            </p>
            {parameters.length > 0 ? (
              <table>
                <caption>Parametre til {path}</caption>
                <thead>
                  <tr>
                    <th scope="col">Navn</th>
                    <th scope="col">Hvor</th>
                    <th scope="col">Type</th>
                    <th scope="col">Beskrivelse</th>
                  </tr>
                </thead>
                <tbody>
                  {parameters.map((parameter) => (
                    <tr key={parameter.name}>
                      <th scope="row">
                        <code>{parameter.name}</code>
                        {parameter.required ? ' (påkrævet)' : ''}
                      </th>
                      <td>{parameter.in === 'path' ? 'sti' : 'forespørgsel'}</td>
                      <td>{typeOf(parameter.schema)}</td>
                      <td>{parameter.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
