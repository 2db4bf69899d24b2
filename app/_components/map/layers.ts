import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { notListedStyle, tierStyles, unknownStyle } from '../tier-style';
import { palette } from '../palette';

export const AREA_SOURCE = 'areas';
export const INTERVENTION_SOURCE = 'interventions';
export const MUNICIPALITY_SOURCE = 'municipalities';
export const FOCUS_SOURCE = 'focus';
export const BOUNDARY_SOURCE = 'boundaries';

/** Areas cluster up to this zoom; beyond it every point is drawn, and areas sharing one point are listed together on a click. */
export const AREA_CLUSTER_MAX_ZOOM = 9;

/** Circle colour of an area in a year: its tier's colour, grey when not listed, white when unknown. */
export function tierColor(year: number): ExpressionSpecification {
  return [
    'match',
    ['get', `tier_${year}`],
    ...Object.entries(tierStyles).flatMap(([tier, style]) => [tier, style.color]),
    'unknown',
    unknownStyle.color,
    notListedStyle.color,
  ] as unknown as ExpressionSpecification;
}

export const interventionKindColors: Record<string, string> = { physical: palette.physical, social: palette.social, policy: palette.policy };

/**
 * How a point's precision is drawn (DESIGN §7): a point in the area is a solid dot; a coarser point
 * is a small dot inside a halo whose size grows with the place it stands for, so an approximate
 * marker never looks exact. The legend shows the same.
 */
export const precisionStyles = {
  area: { dot: 8, halo: 0 },
  district: { dot: 5, halo: 14 },
  town: { dot: 5, halo: 18 },
  municipality: { dot: 5, halo: 23 },
} as const;

const byPrecision = (pick: (style: { dot: number; halo: number }) => number): ExpressionSpecification =>
  ['match', ['get', 'precision'], ...Object.entries(precisionStyles).flatMap(([precision, style]) => [precision, pick(style)]), pick(precisionStyles.area)] as unknown as ExpressionSpecification;

const isCoarse: ExpressionSpecification = ['!=', ['get', 'precision'], 'area'];

/** A grey-violet scale, apart from the tier colours of the area markers above it. */
export const municipalitySteps = [
  { from: 1, to: 1, color: '#e4e0f0' },
  { from: 2, to: 3, color: '#c4bce0' },
  { from: 4, to: null, color: '#9d93c9' },
] as const;

/** Fill of a kommune by how many listed areas it has in the year (0 → none). */
export function municipalityFill(year: number): ExpressionSpecification {
  return ['step', ['coalesce', ['get', `count_${year}`], 0], 'rgba(0,0,0,0)', ...municipalitySteps.flatMap((step) => [step.from, step.color])] as unknown as ExpressionSpecification;
}

/** Interventions drawn at their area's point appear from this zoom on, when the areas' clusters have opened. */
export const INTERVENTION_MIN_ZOOM = 8;

/** The kommune layer: fill by count in the year, and a thin outline. */
export function municipalityLayers(year: number, visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  return [
    { id: 'municipality-fill', type: 'fill', source: MUNICIPALITY_SOURCE, layout: { visibility }, paint: { 'fill-color': municipalityFill(year), 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 8, 0.85, 12, 0.3] } },
    { id: 'municipality-line', type: 'line', source: MUNICIPALITY_SOURCE, layout: { visibility }, paint: { 'line-color': '#7a8aa6', 'line-width': 0.6 } },
  ];
}

/**
 * How a boundary is drawn (decision 0016): the area's own outline as a solid line, the outline of the
 * district that holds it dashed, so a district never looks like the area. The legend shows the same.
 */
export const boundaryStyles = {
  area: { color: palette.ink, width: 2.5, dash: null },
  district: { color: palette.accent, width: 2, dash: [3, 2] },
} as const;

/** A boundary layer's filter: its precision and, on a mini-map, the one polygon it shows. */
function boundaryFilter(precision: keyof typeof boundaryStyles, only?: string): ExpressionSpecification {
  const conditions: unknown[] = [['==', ['get', 'precision'], precision]];
  if (only) conditions.push(['==', ['get', 'polygon'], only]);
  return ['all', ...conditions] as unknown as ExpressionSpecification;
}

/**
 * The boundaries: a faint fill (what a click inside opens) and an outline per precision. `only`
 * keeps one polygon (a mini-map shows its area's); `prefix` keeps the ids of the two maps apart.
 */
export function boundaryLayers(prefix: 'boundary' | 'focus-boundary', only?: { polygon: string; precision: keyof typeof boundaryStyles }): LayerSpecification[] {
  const precisions = only ? [only.precision] : (Object.keys(boundaryStyles) as (keyof typeof boundaryStyles)[]);
  return [
    {
      id: `${prefix}-fill`,
      type: 'fill',
      source: BOUNDARY_SOURCE,
      ...(only ? { filter: boundaryFilter(only.precision, only.polygon) } : {}),
      paint: { 'fill-color': palette.accent, 'fill-opacity': 0.06 },
    },
    ...precisions.map((precision): LayerSpecification => {
      const style = boundaryStyles[precision];
      return {
        id: `${prefix}-${precision}`,
        type: 'line',
        source: BOUNDARY_SOURCE,
        filter: boundaryFilter(precision, only?.polygon),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': style.color, 'line-width': style.width, ...(style.dash ? { 'line-dasharray': [...style.dash] } : {}) },
      };
    }),
  ];
}

/** The layers that draw areas: clusters when zoomed out, and points with their precision. */
export function areaLayers(year: number, withLabels: boolean): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    {
      id: 'area-clusters',
      type: 'circle',
      source: AREA_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': palette.accent,
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 13, 3, 16, 6, 19, 15, 24],
        'circle-stroke-color': palette.paper,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'area-halos',
      type: 'circle',
      source: AREA_SOURCE,
      filter: ['all', ['!', ['has', 'point_count']], ['==', ['geometry-type'], 'Point'], isCoarse],
      paint: {
        'circle-color': tierColor(year),
        'circle-opacity': 0.3,
        'circle-radius': byPrecision((style) => style.halo),
        'circle-stroke-color': palette.ink,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': 0.6,
      },
    },
    {
      id: 'area-points',
      type: 'circle',
      source: AREA_SOURCE,
      filter: ['all', ['!', ['has', 'point_count']], ['==', ['geometry-type'], 'Point']],
      paint: {
        'circle-color': tierColor(year),
        'circle-radius': byPrecision((style) => style.dot),
        'circle-stroke-color': palette.ink,
        // A point that several areas share has a thick rim (the popup lists them all).
        'circle-stroke-width': ['case', ['>', ['coalesce', ['get', 'sharedPoint'], 1], 1], 3.5, 1.5],
      },
    },
  ];
  // Cluster counts need glyphs, which only the online style has; offline, a cluster's size shows
  // its count and a click lists its areas.
  if (withLabels) {
    layers.push({
      id: 'area-cluster-count',
      type: 'symbol',
      source: AREA_SOURCE,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 12 },
      paint: { 'text-color': palette.paper },
    });
  }
  return layers;
}

/**
 * Interventions, filtered by kind and category: one layer for those at their own location and one
 * per kind for those drawn at their area's point (`placement: area`). The latter sit beside the
 * area's marker, offset on screen by kind (physical left, social right, policy above), so the area
 * stays visible; their coordinates are their area's, unchanged. (maplibre's circle-translate takes
 * no data expression, hence a layer per kind.)
 */
const interventionOffsets = { physical: [-14, 8], social: [14, 8], policy: [0, -15] } as const;
export const interventionLayerIds = ['intervention-points', ...Object.keys(interventionOffsets).map((kind) => `intervention-points-${kind}`)];

/** The filter of each intervention layer: its own placement and kind, and the user's choice. */
export function interventionLayerFilters(filter: { kind?: string; category?: string }): Record<string, ExpressionSpecification> {
  const chosen = interventionFilter(filter);
  return {
    'intervention-points': ['all', ['==', ['get', 'placement'], 'own'], chosen] as unknown as ExpressionSpecification,
    ...Object.fromEntries(
      Object.keys(interventionOffsets).map((kind) => [
        `intervention-points-${kind}`,
        ['all', ['==', ['get', 'placement'], 'area'], ['==', ['get', 'kind'], kind], chosen] as unknown as ExpressionSpecification,
      ]),
    ),
  };
}

export function interventionLayers(filter: { kind?: string; category?: string }): LayerSpecification[] {
  const filters = interventionLayerFilters(filter);
  const paint = (kind: string | null, translate: readonly [number, number]) => ({
    'circle-color': kind
      ? interventionKindColors[kind]!
      : (['match', ['get', 'kind'], 'physical', interventionKindColors.physical, 'social', interventionKindColors.social, interventionKindColors.policy] as unknown as ExpressionSpecification),
    'circle-radius': 5,
    'circle-stroke-color': palette.paper,
    'circle-stroke-width': 1.5,
    'circle-translate': [...translate] as [number, number],
  });
  return [
    { id: 'intervention-points', type: 'circle', source: INTERVENTION_SOURCE, filter: filters['intervention-points'], paint: paint(null, [0, 0]) },
    ...Object.entries(interventionOffsets).map(
      ([kind, offset]): LayerSpecification => ({
        id: `intervention-points-${kind}`,
        type: 'circle',
        source: INTERVENTION_SOURCE,
        minzoom: INTERVENTION_MIN_ZOOM,
        filter: filters[`intervention-points-${kind}`],
        paint: paint(kind, offset),
      }),
    ),
  ];
}

export function interventionFilter(filter: { kind?: string; category?: string }): ExpressionSpecification {
  const conditions: ExpressionSpecification[] = [];
  if (filter.kind) conditions.push(['==', ['get', 'kind'], filter.kind]);
  if (filter.category) conditions.push(['==', ['get', 'category'], filter.category]);
  return ['all', ...conditions] as unknown as ExpressionSpecification;
}

/** The single highlighted place of a mini-map, drawn with its precision like the full map. */
export const focusLayers: LayerSpecification[] = [
  {
    id: 'focus-halo',
    type: 'circle',
    source: FOCUS_SOURCE,
    filter: isCoarse,
    paint: { 'circle-color': palette['map-point'], 'circle-opacity': 0.25, 'circle-radius': byPrecision((style) => style.halo * 1.6), 'circle-stroke-color': palette['map-point'], 'circle-stroke-width': 1 },
  },
  {
    id: 'focus-point',
    type: 'circle',
    source: FOCUS_SOURCE,
    paint: { 'circle-color': palette['map-point'], 'circle-radius': byPrecision((style) => style.dot + 1), 'circle-stroke-color': palette.paper, 'circle-stroke-width': 2 },
  },
];

/** How close a mini-map starts on a point of each precision: no closer than the point is known. */
export const focusZoom = { area: 13, district: 12, town: 11, municipality: 9 } as const;
