import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { palette, textOnBackground } from './palette';

const css = readFileSync(path.join(import.meta.dirname, '..', 'globals.css'), 'utf8');
const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
const declared = new Map([...root.matchAll(/--([a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the palette', () => {
  it('is declared in globals.css :root with the same values', () => {
    for (const [name, value] of Object.entries(palette)) expect(declared.get(name), `--${name}`).toBe(value);
  });
  it('colours nothing outside :root with a literal colour', () => {
    const rest = css.replace(/:root\s*\{[^}]*\}/, '');
    expect(rest.match(/#[0-9a-f]{3,8}\b|rgba?\(\s*\d/gi) ?? []).toEqual([]);
  });
  it('sets every text colour on its backgrounds at 4.5:1 or more (WCAG AA)', () => {
    for (const [text, background] of textOnBackground) {
      expect(contrast(palette[text], palette[background]), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
