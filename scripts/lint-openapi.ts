/**
 * Lints the API description with Redocly's OpenAPI linter (rules in redocly.yaml): writes
 * buildOpenApi() to a temporary file, runs `redocly lint` on it, and exits with its status.
 * Run by `npm run lint`; needs no database (the description is built from the zod schemas).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildOpenApi } from '../app/api/_lib/openapi';

const dir = mkdtempSync(path.join(tmpdir(), 'boligatlas-openapi-'));
const file = path.join(dir, 'openapi.json');
writeFileSync(file, JSON.stringify(buildOpenApi('lint'), null, 2));
const result = spawnSync('npx', ['--no-install', 'redocly', 'lint', file, '--config', path.resolve(import.meta.dirname, '..', 'redocly.yaml'), '--format', 'stylish'], {
  stdio: 'inherit',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
