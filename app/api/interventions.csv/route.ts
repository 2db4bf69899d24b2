
import { filteredTableRoute } from '@/app/api/_lib/csv';
import { interventionsTable } from '@/app/api/_lib/tables';
import { parseInterventionFilter } from '@/db/queries/filters';

/** GET /api/interventions.csv: the catalogue as CSV, one row per intervention, with the JSON's filters. */
export const GET = filteredTableRoute(parseInterventionFilter, interventionsTable);
