
import { filteredTableRoute } from '@/app/api/_lib/csv';
import { quantitiesTable } from '@/app/api/_lib/tables';
import { parseInterventionFilter } from '@/db/queries/filters';

/**
 * GET /api/quantities.csv: one row per quantity (dwellings demolished, sold, converted, built,
 * renovated; budgets), planned and completed apart, each with the ids of its sources. Takes the
 * interventions' filters.
 */
export const GET = filteredTableRoute(parseInterventionFilter, quantitiesTable);
