import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { notListedStyle, tierStyles, unknownStyle } from '../tier-style';

export const AREA_SOURCE = 'areas';
export const INTERVENTION_SOURCE = 'interventions';
export const FOCUS_SOURCE = 'focus';

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

export const interventionKindColors: Record<string, string> = { physical: '#3f6fb0', social: '#2e7d32', policy: '#6a3d9a' };

/** The layers that draw areas: clusters when zoomed out, points, and polygons where a boundary exists. */
export function areaLayers(year: number, withLabels: boolean): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    {
      id: 'area-boundaries',
      type: 'fill',
      source: AREA_SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': tierColor(year), 'fill-opacity': 0.45, 'fill-outline-color': '#1b1b1f' },
    },
    {
      id: 'area-clusters',
      type: 'circle',
      source: AREA_SOURCE,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#0b5394',
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 14, 5, 18, 15, 24],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'area-points',
      type: 'circle',
      source: AREA_SOURCE,
      filter: ['all', ['!', ['has', 'point_count']], ['==', ['geometry-type'], 'Point']],
      paint: {
        'circle-color': tierColor(year),
        'circle-radius': 9,
        'circle-stroke-color': '#1b1b1f',
        'circle-stroke-width': 1.5,
      },
    },
  ];
  // Cluster counts need glyphs, which only the online style has; offline, a cluster's size shows its count.
  if (withLabels) {
    layers.push({
      id: 'area-cluster-count',
      type: 'symbol',
      source: AREA_SOURCE,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-size': 12 },
      paint: { 'text-color': '#ffffff' },
    });
  }
  return layers;
}

/** Interventions with a location of their own, filtered by kind and category. */
export function interventionLayer(filter: { kind?: string; category?: string }): LayerSpecification {
  return {
    id: 'intervention-points',
    type: 'circle',
    source: INTERVENTION_SOURCE,
    filter: interventionFilter(filter),
    paint: {
      'circle-color': ['match', ['get', 'kind'], 'physical', '#3f6fb0', 'social', '#2e7d32', '#6a3d9a'] as unknown as ExpressionSpecification,
      'circle-radius': 6,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  };
}

export function interventionFilter(filter: { kind?: string; category?: string }): ExpressionSpecification {
  const conditions: ExpressionSpecification[] = [];
  if (filter.kind) conditions.push(['==', ['get', 'kind'], filter.kind]);
  if (filter.category) conditions.push(['==', ['get', 'category'], filter.category]);
  return ['all', ...conditions] as unknown as ExpressionSpecification;
}

/** The single highlighted place of a mini-map. */
export const focusLayer: LayerSpecification = {
  id: 'focus-point',
  type: 'circle',
  source: FOCUS_SOURCE,
  paint: { 'circle-color': '#d7301f', 'circle-radius': 9, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
};
