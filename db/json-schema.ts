/**
 * JSON Schema for each data file, generated from the zod schemas (the one definition), so editors
 * can validate and complete YAML as curators type (`npm run data:schema` writes data/schema/).
 */
import { z } from 'zod';
import {
  areaSchema,
  criteriaFileSchema,
  interventionSchema,
  listSchema,
  municipalitiesFileSchema,
  sourcesFileSchema,
} from './data-schema';

const schemas = {
  sources: sourcesFileSchema,
  municipalities: municipalitiesFileSchema,
  criteria: criteriaFileSchema,
  list: listSchema,
  area: areaSchema,
  intervention: interventionSchema,
} as const;

/** File name → JSON text of each data file's JSON Schema. */
export function renderJsonSchemas(): Map<string, string> {
  return new Map(
    Object.entries(schemas).map(([name, schema]) => [
      `${name}.schema.json`,
      `${JSON.stringify(z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`,
    ]),
  );
}
