import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDataVersion } from '@/db/queries/meta';
import { buildOpenApi } from '@/app/api/_lib/openapi';
import { alternatesFor } from '@/app/_components/page-meta';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'apiPage' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor('/api', locale) };
}

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
export default async function ApiPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('apiPage');
  const { version, builtAt } = getDataVersion();
  const document = buildOpenApi(version);
  const examples: Record<string, string> = {
    '/api/areas/{slug}': '/api/areas/vollsmose',
    '/api/interventions/{slug}': '/api/interventions/vollsmose-udviklingsplan',
    '/api/lists/{date}': '/api/lists/2022-12-01',
    '/api/search': '/api/search?q=taastrup',
    '/api/compare.csv': '/api/compare.csv?areas=gellerupparken-toveshoej,vollsmose,tingbjerg-utterslevhuse',
    '/api/compare': '/api/compare?areas=gellerupparken-toveshoej,vollsmose,tingbjerg-utterslevhuse',
    '/api/interventions': '/api/interventions?kind=physical&category=demolition',
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t.rich('lead', { version, date: builtAt.slice(0, 10), code: (chunks) => <code>{chunks}</code> })}</p>
      <ul>
        <li>
          <a href="/data/boligatlas.sqlite">{t('sqlite')}</a> · <a href="/data/boligatlas-csv.zip">{t('zip')}</a>
        </li>
        <li>
          <a href="/api/openapi.json">{t('openapi')}</a> ({t('openapiNote')})
        </li>
        <li>{t.rich('conventions', { code: (chunks) => <code>{chunks}</code> })}</li>
      </ul>
      <h2>{t('endpoints')}</h2>
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
                  – {t('try')}{' '}
                  <Link href={example} prefetch={false}>
                    {example}
                  </Link>
                </>
              ) : null}
            </p>
            {parameters.length > 0 ? (
              <div className="table-scroll">
                <table>
                  <caption>{t('parametersOf', { path })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('name')}</th>
                      <th scope="col">{t('where')}</th>
                      <th scope="col">{t('type')}</th>
                      <th scope="col">{t('descriptionColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {parameters.map((parameter) => (
                      <tr key={parameter.name}>
                        <th scope="row">
                          <code>{parameter.name}</code>
                          {parameter.required ? ` (${t('required')})` : ''}
                        </th>
                        <td>{parameter.in === 'path' ? t('inPath') : t('inQuery')}</td>
                        <td>{typeOf(parameter.schema)}</td>
                        <td>{parameter.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
