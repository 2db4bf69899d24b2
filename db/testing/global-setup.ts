/**
 * Vitest global setup: the unit tests build many small databases in temp directories
 * (`boligatlas-*` under the OS temp dir). Whatever such directory a run creates is removed when
 * the run ends, so a test run leaves nothing behind however a test exits.
 */
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ours = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('boligatlas-')));

export default function setup() {
  const before = ours();
  return () => {
    for (const name of ours()) if (!before.has(name)) rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  };
}
