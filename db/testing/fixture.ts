/** Helpers for tests: copy the valid fixture to a temp dir and mutate one file at a time. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';

export const validFixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'valid');

/** A fresh copy of the valid fixture data directory. */
export function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'boligatlas-fixture-'));
  cpSync(validFixture, dir, { recursive: true });
  return dir;
}

/** Parses a YAML file of `dir`, lets `change` edit it, and writes it back. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit arbitrary (often invalid) YAML shapes
export function editYaml(dir: string, relative: string, change: (doc: any) => void): void {
  const file = path.join(dir, relative);
  const doc = parse(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, stringify(doc));
}

export function writeText(dir: string, relative: string, text: string): void {
  writeFileSync(path.join(dir, relative), text);
}
