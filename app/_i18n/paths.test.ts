import { describe, expect, it } from 'vitest';
import { catalogueRewrites, danishPath, englishRedirects, englishRewrites, localizePath } from './paths';

describe('English path names', () => {
  it('puts a Danish site path under /en with its English name, keeping query and hash', () => {
    expect(localizePath('/omraader/vollsmose', 'en')).toBe('/en/areas/vollsmose');
    expect(localizePath('/indsatser?kind=physical#x', 'en')).toBe('/en/interventions?kind=physical#x');
    expect(localizePath('/', 'en')).toBe('/en');
    expect(localizePath('/api', 'en')).toBe('/en/api');
    expect(localizePath('/omraader/vollsmose', 'da')).toBe('/omraader/vollsmose');
    expect(localizePath('https://example.org/x', 'en')).toBe('https://example.org/x');
  });

  it('maps an English path back to the Danish one, and every English path round-trips', () => {
    expect(danishPath('/areas/vollsmose')).toBe('/omraader/vollsmose');
    expect(danishPath('/development-plans')).toBe('/udviklingsplaner');
    for (const path of ['/omraader', '/lister/2022-12-01', '/kort?year=2020', '/sammenlign', '/soeg?q=x', '/kilder', '/om', '/udviklingsplaner', '/api', '/']) {
      expect(danishPath(localizePath(path, 'en').replace(/^\/en/, '') || '/')).toBe(path);
    }
  });

  it('gives next.config a rewrite and a redirect per section, never to itself', () => {
    expect(englishRewrites()).toContainEqual({ source: '/en/areas/:path*', destination: '/en/omraader/:path*' });
    expect(englishRedirects()).toContainEqual({ source: '/en/omraader', destination: '/en/areas', permanent: true });
    for (const rule of [...englishRewrites(), ...englishRedirects()]) expect(rule.source).not.toBe(rule.destination);
  });

  it('sends a catalogue with a query to its dynamic twin, in both languages, and leaves the bare path static', () => {
    const rules = catalogueRewrites([{ path: '/indsatser', keys: ['kind', 'page'] }]);
    expect(rules).toContainEqual({ source: '/indsatser', has: [{ type: 'query', key: 'kind' }], destination: '/da/indsatser/filter' });
    expect(rules).toContainEqual({ source: '/en/interventions', has: [{ type: 'query', key: 'page' }], destination: '/en/indsatser/filter' });
    expect(rules).toHaveLength(4);
    for (const rule of rules) expect(rule.has).toHaveLength(1);
  });

  it('rewrites a catalogue under a dynamic segment, keeping the segment', () => {
    const rules = catalogueRewrites([{ path: '/kilder/:kind', keys: ['page'] }]);
    expect(rules).toEqual([
      { source: '/kilder/:kind', has: [{ type: 'query', key: 'page' }], destination: '/da/kilder/:kind/filter' },
      { source: '/en/sources/:kind', has: [{ type: 'query', key: 'page' }], destination: '/en/kilder/:kind/filter' },
    ]);
  });
});
