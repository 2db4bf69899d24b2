import { describe, expect, it } from 'vitest';
import { config, staticEndpoints } from '@/proxy';
import { buildOpenApi } from './openapi';

describe('proxy.ts', () => {
  it('runs on exactly the static endpoints (Next reads its matcher as a literal, so the list stands twice)', () => {
    expect(config.matcher).toEqual(['/(.*%.*)', ...staticEndpoints]);
  });

  it('knows only endpoints the API description has', () => {
    const paths = Object.keys(buildOpenApi('test').paths);
    for (const endpoint of staticEndpoints) expect(paths).toContain(endpoint);
  });
});
