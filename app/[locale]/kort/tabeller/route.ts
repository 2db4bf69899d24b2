/**
 * The tables beside the map for a year, an intervention filter and a page of each (JSON): what the
 * map page fetches when its state changes with JavaScript, so that the page carries one page of
 * each table and not the whole data set (issue 18). Without JavaScript the same state is a plain
 * GET of /kort?… and the server renders the same tables. Not part of the public API (/api).
 */
import { NextResponse, type NextRequest } from 'next/server';
import { getKortTables, listKortYears } from '@/db/queries/kort';
import { parseMapState } from '@/db/queries/filters';

export function GET(request: NextRequest) {
  const state = parseMapState(request.nextUrl.searchParams, listKortYears().map((y) => y.year));
  return NextResponse.json(getKortTables(state));
}
