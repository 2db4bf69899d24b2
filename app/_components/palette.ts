/**
 * The colours of Boligatlas (issue 16, the visual system), one home for both sides: the page CSS
 * reads them as custom properties (`--ink`, …, declared in app/globals.css :root) and the charts
 * and the map, which draw in SVG and WebGL, read them here. palette.test.ts keeps the two equal
 * and checks that every text colour passes WCAG AA (4.5:1) on the paper and soft backgrounds.
 */
export const palette = {
  /** Text and its quieter sibling. */
  ink: '#1b1b1f',
  muted: '#4a4a55',
  /** Backgrounds: the page, panels and table heads, the highlighted footnote. */
  paper: '#ffffff',
  soft: '#f3f4f7',
  highlight: '#fff3c4',
  /** Lines: borders, and the faint rules of tables and timelines. */
  line: '#d0d0d8',
  'line-strong': '#8a8a96',
  rule: '#e8e8ee',
  /** Links and the header; text on the accent. */
  accent: '#0b5394',
  'accent-ink': '#ffffff',
  'accent-soft': '#dce9f7',
  focus: '#e37400',
  /** Planned and completed, kept apart everywhere. */
  planned: '#7a4b00',
  done: '#1d5e20',
  /** Kinds of intervention, on timelines, charts and the map. */
  physical: '#3f6fb0',
  social: '#2e7d32',
  policy: '#6a3d9a',
  /** A social intervention accompanying a physical one. */
  accompanies: '#c05a00',
  'accompanies-soft': '#fff6ee',
  'accompanies-ink': '#8a3b00',
  /** Warnings (possibly out of date) and errors. */
  'warning-ink': '#6b3a00',
  'warning-soft': '#fff4e0',
  'warning-line': '#8a4b00',
  'error-line': '#b00020',
  'error-soft': '#fdecee',
  /** The map's area points. */
  'map-point': '#d7301f',
  /** Charts: a planned series, a criterion met and one not met. */
  'chart-planned': '#c98a1b',
  'criterion-met': '#8c2d04',
  'criterion-not-met': '#9aa3b5',
} as const;

export type PaletteName = keyof typeof palette;

/** Text colours and the backgrounds they are set on, for the contrast check. */
export const textOnBackground: [PaletteName, PaletteName][] = [
  ['ink', 'paper'],
  ['ink', 'soft'],
  ['muted', 'paper'],
  ['muted', 'soft'],
  ['accent', 'paper'],
  ['accent', 'soft'],
  ['accent-ink', 'accent'],
  ['planned', 'paper'],
  ['done', 'paper'],
  ['accompanies-ink', 'accompanies-soft'],
  ['warning-ink', 'warning-soft'],
  ['ink', 'highlight'],
  ['ink', 'accent-soft'],
  ['ink', 'error-soft'],
];
