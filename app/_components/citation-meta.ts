import type { Metadata } from 'next';

/**
 * Highwire-style `citation_*` meta tags, read by Zotero, Google Scholar and other reference
 * tools, for a page built from data version `version` on `builtAt`.
 */
export function citationMeta(title: string, path: string, version: string, builtAt: string): NonNullable<Metadata['other']> {
  return {
    citation_title: title,
    citation_author: 'Boligatlas',
    citation_publisher: 'Boligatlas',
    citation_date: builtAt.slice(0, 10).replace(/-/g, '/'),
    citation_online_date: builtAt.slice(0, 10).replace(/-/g, '/'),
    citation_public_url: path,
    citation_language: 'da',
    'dc.identifier': `${path}?version=${version}`,
  };
}
