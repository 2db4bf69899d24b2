
import { filteredTableRoute } from '@/app/api/_lib/csv';
import { membershipsTable } from '@/app/api/_lib/tables';
import { parseMembershipFilter } from '@/db/queries/filters';

/**
 * GET /api/memberships.csv: one row per area, list and official category (DESIGN §2), with the
 * harmonised tier, whether we have every name of that category, and the sources that name it;
 * `?area=` keeps one area (a district with its parts).
 */
export const GET = filteredTableRoute(parseMembershipFilter, membershipsTable);
