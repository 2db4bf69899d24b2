import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from './json-schema';

describe('data/schema/*.schema.json', () => {
  it.each([...renderJsonSchemas()])('%s matches the zod schema (run `npm run data:schema` after a schema change)', (file, text) => {
    expect(readFileSync(path.resolve(import.meta.dirname, '..', 'data', 'schema', file), 'utf8')).toBe(text);
  });
});
