import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import da from './messages/da.json';
import en from './messages/en.json';

/** Every key path of a nested message object (`map.seeProfile`). */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the message files', () => {
  it('have the same keys in Danish and English, so no page falls back to the other language', () => {
    const danish = keys(da).sort();
    const english = keys(en).sort();
    expect(danish.filter((key) => !english.includes(key))).toEqual([]);
    expect(english.filter((key) => !danish.includes(key))).toEqual([]);
  });

  it('have no empty message', () => {
    const empty = (messages: object, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) =>
        value && typeof value === 'object' ? empty(value as object, `${prefix}${key}.`) : value === '' ? [`${prefix}${key}`] : [],
      );
    expect([...empty(da), ...empty(en)]).toEqual([]);
  });
});

/** The message at a dotted path, or undefined. */
function messageAt(messages: object, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe('the calls that format messages', () => {
  // Messages are precompiled (next.config.ts, decision 0017): a message with a placeholder formatted
  // without values renders the placeholder as "undefined". A template for a client component to fill
  // in is formatted with its placeholders as values (`t('chosen', { count: '{count}' })`).
  it('give every message with a placeholder its values', () => {
    const appDir = path.resolve(import.meta.dirname, '..');
    const files = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'));
    const bare: string[] = [];
    let calls = 0;
    for (const file of files) {
      const source = readFileSync(path.join(appDir, file), 'utf8');
      const namespaces = new Map<string, string>();
      for (const match of source.matchAll(/const (\w+) = (?:await )?(?:getTranslations|useTranslations)\(\s*(?:\{[^}]*namespace: '([^']+)'[^}]*\}|'([^']+)')?/g)) {
        namespaces.set(match[1]!, match[2] ?? match[3] ?? '');
      }
      for (const match of source.matchAll(/\b(\w+)\('([\w.]+)'\)/g)) {
        const namespace = namespaces.get(match[1]!);
        if (namespace === undefined) continue;
        calls++;
        const message = messageAt(da, namespace ? `${namespace}.${match[2]}` : match[2]!);
        if (typeof message === 'string' && /\{\w/.test(message)) bare.push(`${file}: ${match[1]}('${match[2]}') → ${message}`);
      }
    }
    expect(calls).toBeGreaterThan(100);
    expect(bare).toEqual([]);
  });
});
