/**
 * The checks across files, after each file has passed its own schema: every reference resolves,
 * every point lies in its own kommune, every gazetteer point matches its record, lists hold only
 * categories of their era, and part_of relations form no cycle. Each problem names the file, the
 * record and the field (DESIGN §3); `loadData` runs these and collects what they find.
 */
import path from 'node:path';
import { categoriesByEra, categorySubsetsByEra, englishPairs, type AreaRecord } from './data-schema';
import { foldText } from './fold';
import { geometryContains, municipalityAt, municipalityFeatures, type MunicipalityShape } from './geo-check';
import type { DataIssue, Dataset } from './load';

export interface FileIndex {
  present: { sources: Set<string>; areas: Set<string>; interventions: Set<string>; lists: Set<string> };
  sourceFileOf: Map<string, string>;
  listFiles: Map<string, string>;
  areaFiles: Map<string, string>;
  interventionFiles: Map<string, string>;
}

export function crossCheck(data: Dataset, index: FileIndex, issues: DataIssue[], shown: (relative: string) => string) {
  const sourceIds = index.present.sources;
  const municipalityName = new Map(data.municipalities.map((m) => [m.code, m.name]));
  const placeBySource = new Map(data.gazetteer.places.map((place) => [place.source, place]));
  for (const place of data.gazetteer.places) {
    if (!sourceIds.has(place.source)) {
      issues.push({ file: shown('gazetteer/places.json'), record: place.source, field: 'source', message: `no source "${place.source}" in sources/ (run scripts/gazetteer.ts build)` });
    }
  }
  const boundaryBySource = new Map(data.gazetteer.boundaries.map((boundary) => [boundary.properties.source, boundary]));
  for (const boundary of data.gazetteer.boundaries) {
    if (!sourceIds.has(boundary.properties.source)) {
      issues.push({ file: shown('gazetteer/boundaries.geojson'), record: boundary.properties.source, field: 'source', message: `no source "${boundary.properties.source}" in sources/ (run scripts/gazetteer.ts build)` });
    }
  }
  let shapes: MunicipalityShape[] | null = null;
  if (data.gazetteer.municipalityTopology) {
    try {
      shapes = municipalityFeatures(data.gazetteer.municipalityTopology).map((f) => ({ code: f.properties.code, geometry: f.geometry }));
    } catch (error) {
      issues.push({ file: shown('gazetteer/municipalities.topojson'), record: '-', field: '', message: `unreadable boundaries: ${(error as Error).message}` });
    }
  }
  const kommune = (code: number | null) => (code === null ? 'no kommune (at sea or abroad)' : `${municipalityName.get(code) ?? '?'} (${code})`);

  /** The point must lie inside the official boundary of one of `codes` (its own municipality). */
  function checkInside(file: string, record: string, field: string, lat: number, lon: number, codes: number[]) {
    if (!shapes || codes.length === 0) return;
    const at = municipalityAt(shapes, lon, lat);
    if (at !== null && codes.includes(at)) return;
    issues.push({
      file,
      record,
      field,
      message: `the point (${lat}, ${lon}) lies outside the official boundary of ${codes.map(kommune).join(' or ')}: it lies in ${kommune(at)}`,
    });
  }

  /** A coarse point must be the cited gazetteer record's own point, for the place it names, in the area's kommune. */
  function checkAreaLocation(area: AreaRecord, file: string, record: string) {
    const location = area.location!;
    checkInside(file, record, 'location', location.lat, location.lon, [area.municipality]);
    for (const [i, id] of location.sources.entries()) {
      const place = placeBySource.get(id);
      if (!place) continue;
      if (Math.abs(place.lat - location.lat) > 5e-6 || Math.abs(place.lon - location.lon) > 5e-6) {
        issues.push({ file, record, field: 'location.lat', message: `expected the point of ${id} (${place.lat}, ${place.lon}), got (${location.lat}, ${location.lon}): a point from a gazetteer is copied, never moved` });
      }
      if (location.precision === 'area') {
        issues.push({ file, record, field: `location.sources[${i}]`, message: `${id} is the point of a place (${place.name}), not of the area itself: expected precision district, town or municipality` });
      } else if (location.precision === 'municipality') {
        if (place.placetype !== 'localadmin' || place.municipality !== area.municipality) {
          issues.push({ file, record, field: `location.sources[${i}]`, message: `a municipality-level point must be the label point of the area's own kommune ${kommune(area.municipality)}, got ${id} (${place.name}, ${place.placetype})` });
        }
        if (location.place !== municipalityName.get(area.municipality)) {
          issues.push({ file, record, field: 'location.place', message: `expected the kommune's name "${municipalityName.get(area.municipality)}", got "${location.place}"` });
        }
      } else if (location.place !== null && foldText(location.place) !== foldText(place.name)) {
        issues.push({ file, record, field: 'location.place', message: `expected the name of ${id}, "${place.name}", got "${location.place}"` });
      }
    }
    if ((location.precision === 'district' || location.precision === 'town') && !location.placeSources && location.place !== area.town) {
      issues.push({
        file,
        record,
        field: 'location.placeSources',
        message: `a ${location.precision}-level point needs sources saying the area lies in "${location.place}" (or a place equal to the area's own town${area.town ? ` "${area.town}"` : ''})`,
      });
    }
  }
  /** Place types whose polygon outlines a district or a larger place, never a housing area itself. */
  const districtPlacetypes = new Set(['bydel', 'neighbourhood', 'macrohood', 'microhood', 'borough', 'locality', 'localadmin']);

  /**
   * A boundary is one cited polygon of the extract, in the area's own kommune, named as the record
   * names it, holding the area's point where that point is as fine as the boundary (decision 0016).
   */
  function checkAreaBoundary(area: AreaRecord, file: string, record: string) {
    const boundary = area.boundary!;
    const polygons = boundary.sources.flatMap((id, i) => (boundaryBySource.has(id) ? [{ i, id, polygon: boundaryBySource.get(id)! }] : []));
    if (polygons.length === 0) {
      issues.push({ file, record, field: 'boundary.sources', message: 'none of the sources is a polygon in gazetteer/boundaries.geojson: cite the record the polygon comes from (e.g. kk-bydel-3) and run scripts/gazetteer.ts build' });
      return;
    }
    if (polygons.length > 1) {
      issues.push({ file, record, field: 'boundary.sources', message: `cites ${polygons.length} polygons (${polygons.map((p) => p.id).join(', ')}): a boundary is one polygon` });
      return;
    }
    const [{ i, id, polygon }] = polygons as [(typeof polygons)[number]];
    const { name, municipality, placetype } = polygon.properties;
    if (municipality !== area.municipality) {
      issues.push({ file, record, field: `boundary.sources[${i}]`, message: `${id} (${name}) is a polygon in ${kommune(municipality)}, not in the area's kommune ${kommune(area.municipality)}` });
    }
    if (boundary.precision === 'area' && districtPlacetypes.has(placetype)) {
      issues.push({ file, record, field: `boundary.sources[${i}]`, message: `${id} is the boundary of a place (${name}, ${placetype}), not of the area itself: expected precision district` });
    }
    if (boundary.precision === 'district' && boundary.place !== null && foldText(boundary.place) !== foldText(name)) {
      issues.push({ file, record, field: 'boundary.place', message: `expected the name of ${id}, "${name}", got "${boundary.place}"` });
    }
    // A town's or kommune's point stands for a larger place than a district, so only a point in the area or its district can be tested.
    const location = area.location;
    if (location && (location.precision === 'area' || location.precision === 'district') && !geometryContains(polygon.geometry, location.lon, location.lat)) {
      issues.push({ file, record, field: 'boundary', message: `the area's point (${location.lat}, ${location.lon}) lies outside ${id} (${name}): a boundary must hold the area's own point` });
    }
    const placeIsSourced = boundary.place === area.town || (location?.precision === 'district' && location.place === boundary.place);
    if (boundary.precision === 'district' && !boundary.placeSources && !placeIsSourced) {
      issues.push({
        file,
        record,
        field: 'boundary.placeSources',
        message: `a district boundary needs sources saying the area lies in "${boundary.place}" (or a district equal to the area's own town${area.town ? ` "${area.town}"` : ''} or to the district its point stands for)`,
      });
    }
  }
  const areaSlugs = index.present.areas;
  const areaBySlug = new Map(data.areas.map((area) => [area.slug, area]));
  const interventionSlugs = index.present.interventions;
  const municipalityCodes = new Set<number>();
  const eraIds = new Set(data.criteria.map((era) => era.id));

  /** Reports every source id under `value` that does not exist, with the field path it sits at. */
  function checkSourceRefs(file: string, record: string, value: unknown, at: string) {
    if (Array.isArray(value)) {
      value.forEach((item, i) => checkSourceRefs(file, record, item, `${at}[${i}]`));
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const field = at ? `${at}.${key}` : key;
      if ((key === 'sources' || key === 'totalSources') && Array.isArray(child)) {
        child.forEach((id, i) => {
          if (typeof id === 'string' && !sourceIds.has(id)) {
            issues.push({ file, record, field: `${field}[${i}]`, message: `unknown source id "${id}"` });
          }
        });
      } else {
        checkSourceRefs(file, record, child, field);
      }
    }
  }

  /** Reports every text we wrote without its English sibling (data/README.md, "Writing the English text"). */
  function checkEnglish(file: string, record: string, value: unknown, at: string, skip: readonly string[] = []) {
    if (Array.isArray(value)) {
      value.forEach((item, i) => checkEnglish(file, record, item, `${at}[${i}]`));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(object)) {
      const field = at ? `${at}.${key}` : key;
      const sibling = englishPairs[key];
      if (sibling && typeof child === 'string' && !skip.includes(key) && typeof object[sibling] !== 'string') {
        issues.push({ file, record, field: at ? `${at}.${sibling}` : sibling, message: `missing the English version of ${key} (see data/README.md, Writing the English text)` });
      }
      if (typeof child === 'object') checkEnglish(file, record, child, field);
    }
  }
  for (const era of data.criteria) checkEnglish(shown('criteria.yaml'), era.id, era, '');
  for (const area of data.areas) checkEnglish(shown(index.areaFiles.get(area.slug) ?? ''), area.slug, area, '');
  for (const intervention of data.interventions) checkEnglish(shown(index.interventionFiles.get(intervention.slug) ?? ''), intervention.slug, intervention, '');
  // A list's own title is its official Danish name: its English is an optional gloss.
  for (const list of data.lists) checkEnglish(shown(index.listFiles.get(list.date) ?? ''), list.date, list, '', ['title']);

  for (const municipality of data.municipalities) {
    const file = shown('municipalities.yaml');
    if (municipalityCodes.has(municipality.code)) {
      issues.push({ file, record: String(municipality.code), field: 'code', message: 'duplicate municipality code' });
    }
    municipalityCodes.add(municipality.code);
    checkSourceRefs(file, String(municipality.code), municipality, '');
  }
  for (const era of data.criteria) checkSourceRefs(shown('criteria.yaml'), era.id, era, '');

  for (const area of data.areas) {
    const relative = index.areaFiles.get(area.slug) ?? '';
    const file = shown(relative);
    const record = path.basename(relative).replace(/\.ya?ml$/, '');
    if (record !== area.slug) {
      issues.push({ file, record, field: 'slug', message: `expected the slug to equal the file name "${record}", got "${area.slug}"` });
    }
    if (data.municipalities.length > 0 && !municipalityCodes.has(area.municipality)) {
      issues.push({ file, record, field: 'municipality', message: `unknown municipality code ${area.municipality}` });
    }
    if (area.partOf !== null) {
      const parent = areaBySlug.get(area.partOf);
      if (!areaSlugs.has(area.partOf)) issues.push({ file, record, field: 'partOf', message: `unknown area slug "${area.partOf}"` });
      else if (parent && parent.type !== 'district') {
        issues.push({ file, record, field: 'partOf', message: `"${area.partOf}" is a ${parent.type}, expected a district` });
      }
    }
    checkSourceRefs(file, record, area, '');
    if (area.location) checkAreaLocation(area, file, record);
    if (area.boundary) checkAreaBoundary(area, file, record);
  }

  const seenDates = new Set<string>();
  for (const list of data.lists) {
    const relative = index.listFiles.get(list.date) ?? '';
    const file = shown(relative);
    const record = path.basename(relative).replace(/\.ya?ml$/, '');
    if (record !== list.date) {
      issues.push({ file, record, field: 'date', message: `expected the date to equal the file name "${record}", got "${list.date}"` });
    }
    if (seenDates.has(list.date)) issues.push({ file, record, field: 'date', message: 'duplicate list date' });
    seenDates.add(list.date);
    if (data.criteria.length > 0 && !eraIds.has(list.criteria)) {
      issues.push({ file, record, field: 'criteria', message: `unknown criteria era "${list.criteria}"` });
    }
    const allowed = categoriesByEra[list.criteria];
    const seenCodes = new Set<string>();
    list.categories.forEach((category, c) => {
      const at = `categories[${c}]`;
      if (!allowed.includes(category.code)) {
        issues.push({
          file,
          record,
          field: `${at}.code`,
          message: `category "${category.code}" did not exist under the ${list.criteria} criteria (expected one of ${allowed.join(', ')})`,
        });
      }
      if (seenCodes.has(category.code)) issues.push({ file, record, field: `${at}.code`, message: `duplicate category "${category.code}"` });
      seenCodes.add(category.code);
      const named = category.areas.length;
      if (category.publishedTotal !== null && named > category.publishedTotal) {
        issues.push({ file, record, field: `${at}.areas`, message: `names ${named} areas, more than the published total ${category.publishedTotal}` });
      }
      if (category.complete && category.publishedTotal !== null && named !== category.publishedTotal) {
        issues.push({
          file,
          record,
          field: `${at}.complete`,
          message: `marked complete but names ${named} of the published ${category.publishedTotal} areas`,
        });
      }
      if (category.complete && category.publishedTotal === null) {
        issues.push({ file, record, field: `${at}.complete`, message: 'cannot be complete without a published total' });
      }
      const seenAreas = new Set<string>();
      category.areas.forEach((membership, m) => {
        if (!areaSlugs.has(membership.area)) {
          issues.push({ file, record, field: `${at}.areas[${m}].area`, message: `unknown area slug "${membership.area}"` });
        } else if (areaBySlug.get(membership.area)?.type === 'district') {
          issues.push({ file, record, field: `${at}.areas[${m}].area`, message: `"${membership.area}" is a district; lists name listed areas` });
        }
        if (seenAreas.has(membership.area)) {
          issues.push({ file, record, field: `${at}.areas[${m}].area`, message: `"${membership.area}" is named twice in this category` });
        }
        seenAreas.add(membership.area);
      });
    });
    // The legal subsets: an area in the smaller category must be named in the larger one too.
    for (const [subset, superset] of categorySubsetsByEra[list.criteria] ?? []) {
      const c = list.categories.findIndex((category) => category.code === subset);
      const larger = list.categories.find((category) => category.code === superset);
      if (c < 0 || !larger) continue;
      const inLarger = new Set(larger.areas.map((membership) => membership.area));
      list.categories[c]!.areas.forEach((membership, m) => {
        if (inLarger.has(membership.area)) return;
        issues.push({
          file,
          record,
          field: `categories[${c}].areas[${m}].area`,
          message: `"${membership.area}" is ${subset} but not ${superset}: by law every ${subset} area is also ${superset}; name it under ${superset} (basis: derived)`,
        });
      });
    }
    checkSourceRefs(file, record, list, '');
  }

  const kindBySlug = new Map(data.interventions.map((intervention) => [intervention.slug, intervention.kind]));
  for (const intervention of data.interventions) {
    const relative = index.interventionFiles.get(intervention.slug) ?? '';
    const file = shown(relative);
    const record = path.basename(relative).replace(/\.ya?ml$/, '');
    if (record !== intervention.slug) {
      issues.push({ file, record, field: 'slug', message: `expected the slug to equal the file name "${record}", got "${intervention.slug}"` });
    }
    intervention.areas.forEach((area, i) => {
      if (!areaSlugs.has(area)) issues.push({ file, record, field: `areas[${i}]`, message: `unknown area slug "${area}"` });
    });
    intervention.relations.forEach((relation, i) => {
      if (!interventionSlugs.has(relation.target)) {
        issues.push({ file, record, field: `relations[${i}].target`, message: `relation to a missing intervention "${relation.target}"` });
      } else if (relation.target === intervention.slug) {
        issues.push({ file, record, field: `relations[${i}].target`, message: 'an intervention cannot relate to itself' });
      } else if (relation.type === 'accompanies') {
        // What `accompanies` means (data/README.md), and what the timelines draw: social beside physical.
        const target = kindBySlug.get(relation.target);
        // A target that failed its own schema is reported there, not here.
        if (target !== undefined && (intervention.kind !== 'social' || target !== 'physical')) {
          issues.push({
            file,
            record,
            field: `relations[${i}].type`,
            message: `accompanies links a social intervention to a physical one: this is ${intervention.kind}, "${relation.target}" is ${target}`,
          });
        }
      }
    });
    checkSourceRefs(file, record, intervention, '');
    if (intervention.location) {
      const codes = [...new Set(intervention.areas.flatMap((slug) => (areaBySlug.has(slug) ? [areaBySlug.get(slug)!.municipality] : [])))];
      checkInside(file, record, 'location', intervention.location.lat, intervention.location.lon, codes);
    }
  }

  // part_of must form a forest: follow each chain and report a cycle once, where it closes.
  const parentsOf = new Map<string, string[]>();
  for (const intervention of data.interventions) {
    parentsOf.set(
      intervention.slug,
      intervention.relations.filter((relation) => relation.type === 'part_of').map((relation) => relation.target),
    );
  }
  const reported = new Set<string>();
  for (const start of parentsOf.keys()) {
    const stack: string[] = [];
    const visit = (slug: string): void => {
      const at = stack.indexOf(slug);
      if (at >= 0) {
        const cycle = [...stack.slice(at), slug];
        const key = stack.slice(at).sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          const relative = index.interventionFiles.get(slug) ?? '';
          issues.push({ file: shown(relative), record: slug, field: 'relations', message: `part_of cycle: ${cycle.join(' → ')}` });
        }
        return;
      }
      stack.push(slug);
      for (const parent of parentsOf.get(slug) ?? []) visit(parent);
      stack.pop();
    };
    visit(start);
  }
}
