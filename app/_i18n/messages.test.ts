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
