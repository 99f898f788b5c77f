import type { Phase, PhaseStatus, ProgrammeLibrarySort, Province } from '../../gql/graphql';

/** The dashboard's library filters and order, as `programmeLibraries` and the CSV export take them. */
export interface LibrariesFilter {
  search: string | null;
  province: Province | null;
  phase: Phase | null;
  status: PhaseStatus | null;
  inactiveDays: number | null;
  pendingOnly: boolean;
  sort: ProgrammeLibrarySort;
  descending: boolean;
}

/** Normalises what the address gave: empty search is none; a status counts only with a phase. */
export function librariesFilter(f: Omit<LibrariesFilter, 'search'> & { search: string }): LibrariesFilter {
  return {
    ...f,
    search: f.search.trim() || null,
    status: f.phase ? f.status : null,
  };
}

export const CSV_EXPORT_PATH = '/files/exports/dashboard-libraries.csv';

/**
 * The CSV export of exactly the rows the table shows (every page), as the export route reads its
 * query string: only the filters that are set, booleans as `true`, and the delimiter (`semicolon`
 * suits Excel with Dutch list settings).
 */
export function librariesCsvPath(f: LibrariesFilter, delimiter: 'comma' | 'semicolon'): string {
  const q = new URLSearchParams();
  if (f.search) q.set('search', f.search);
  if (f.province) q.set('province', f.province);
  if (f.phase) q.set('phase', f.phase);
  if (f.phase && f.status) q.set('status', f.status);
  if (f.inactiveDays) q.set('inactiveDays', String(f.inactiveDays));
  if (f.pendingOnly) q.set('pendingOnly', 'true');
  q.set('sort', f.sort);
  if (f.descending) q.set('descending', 'true');
  q.set('delimiter', delimiter);
  return `${CSV_EXPORT_PATH}?${q.toString()}`;
}
