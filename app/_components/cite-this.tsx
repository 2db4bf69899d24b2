'use client';

import { useSyncExternalStore } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { formatApa, formatBibtex, formatCslJson, formatRis, permalink, type CitationInput } from './citation';
import { localizePath } from '@/app/_i18n/paths';

const noSubscription = () => () => {};

/**
 * "Citér denne side": APA text, BibTeX, RIS and CSL-JSON naming the page, the data version and
 * the access date. The page is prerendered, so the reader's own origin and today's date are
 * filled in by the browser; without JavaScript the build date and the path stand in.
 */
export function CiteThis({ title, kind, path, version, builtAt }: { title: string; kind: string; path: string; version: string; builtAt: string }) {
  const t = useTranslations('cite');
  const locale = useLocale();
  // The cited page is the one in the reader's language.
  const localPath = localizePath(path, locale);
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
  const today = useSyncExternalStore(noSubscription, () => new Date().toISOString().slice(0, 10), () => builtAt.slice(0, 10));
  const asked = useSyncExternalStore(noSubscription, () => new URLSearchParams(window.location.search).get('version'), () => null);
  const input: CitationInput = {
    title,
    kind,
    url: `${origin}${localPath}`,
    version,
    builtAt,
    accessed: today,
    labels: { version: t('versionWord'), retrieved: t('retrieved'), from: t('from'), built: t('built') },
    key: `boligatlas-${path.replace(/^\//, '').replace(/[^a-z0-9]+/g, '-')}-${version}`,
  };
  const download = (text: string, type: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;
  const formats = [
    { label: 'BibTeX', text: formatBibtex(input), file: 'boligatlas.bib', type: 'application/x-bibtex' },
    { label: 'RIS', text: formatRis(input), file: 'boligatlas.ris', type: 'application/x-research-info-systems' },
    { label: 'CSL-JSON', text: formatCslJson(input), file: 'boligatlas.json', type: 'application/vnd.citationstyles.csl+json' },
  ];
  return (
    <section aria-labelledby="citer" className="cite-this">
      <h2 id="citer">{t('heading')}</h2>
      {asked && asked !== version ? (
        <p className="error-note" role="status">
          {t('otherVersion', { asked, version })}
        </p>
      ) : null}
      <p className="citation-apa">{formatApa(input)}</p>
      <p>
        {t('permalink')} <a href={permalink(input)}>{permalink(input)}</a>
      </p>
      {formats.map((format) => (
        <details key={format.label}>
          <summary>{format.label}</summary>
          <pre>
            <code>{format.text}</code>
          </pre>
          <a href={download(format.text, format.type)} download={format.file}>
            {t('download', { format: format.label })}
          </a>
        </details>
      ))}
    </section>
  );
}
