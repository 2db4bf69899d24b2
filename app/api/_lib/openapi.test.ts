import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from './openapi';

const appDir = path.resolve(import.meta.dirname, '..', '..');

/** Every route handler under app/api and app/data, as the URL path it serves (`[slug]` → `{slug}`). */
function routePaths(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // `_lib` is private; the catch-all `[...path]` only answers unknown paths with a 404.
        if (entry.name.startsWith('_') || entry.name.startsWith('[...')) continue;
        walk(full);
      } else if (entry.name === 'route.ts') {
        const relative = path.relative(appDir, path.dirname(full)).split(path.sep);
        out.push(`/${relative.map((part) => part.replace(/^\[(.+)\]$/, '{$1}')).join('/')}`);
      }
    }
  };
  walk(path.join(appDir, 'api'));
  walk(path.join(appDir, 'data'));
  return out.sort();
}

describe('the OpenAPI description', () => {
  const document = buildOpenApi('test');

  it('describes every route that exists, and nothing that does not', () => {
    const routes = routePaths();
    expect(routes.length).toBeGreaterThan(15);
    expect(Object.keys(document.paths).sort()).toEqual(routes);
  });

  it('takes its filter parameters and response schemas from the zod schemas', () => {
    const interventions = document.paths['/api/interventions'].get.parameters!.map((p) => (p as { name: string }).name);
    expect(interventions).toEqual(['kind', 'category', 'status', 'area', 'municipality', 'year']);
    const kind = document.paths['/api/interventions'].get.parameters!.find((p) => (p as { name: string }).name === 'kind') as { schema: { type: string; items: { enum: string[] } } };
    expect(kind.schema).toMatchObject({ type: 'array', items: { enum: ['physical', 'social', 'policy'] } });
    expect(document.components.schemas.AreaResponse).toMatchObject({ type: 'object', properties: { slug: expect.any(Object), bibliography: expect.any(Object) } });
    // Strict objects: a field the contract does not describe is a violation.
    expect(document.components.schemas.AreaResponse).toMatchObject({ additionalProperties: false });
    expect(document.openapi).toBe('3.1.0');
  });

  it('gives every operation a response schema for 200 and for 400, and every templated path a 404', () => {
    for (const [route, item] of Object.entries(document.paths) as [string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }][]) {
      const responses = item.get.responses;
      expect(Object.values(responses['200']!.content ?? {}).every((c) => c.schema !== undefined), route).toBe(true);
      expect(responses['400'], route).toBeDefined();
      if (route.includes('{')) expect(responses['404'], route).toBeDefined();
    }
  });
});
