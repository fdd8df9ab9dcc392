import type { RegisterRow } from "./register-row";

export interface RegisterYear {
  /** The year awareness fell in (UTC, as in the references). */
  year: number;
  incidents: number;
  notified: number;
  onTime: number;
  late: number;
}

/** Per-year counts for the register's header, newest year first. */
export function registerStatistics(rows: ReadonlyArray<Pick<RegisterRow, "awareAt" | "notified" | "filing">>): RegisterYear[] {
  const years = new Map<number, RegisterYear>();
  for (const row of rows) {
    const year = new Date(row.awareAt).getUTCFullYear();
    const entry = years.get(year) ?? { year, incidents: 0, notified: 0, onTime: 0, late: 0 };
    entry.incidents += 1;
    if (row.notified) entry.notified += 1;
    if (row.filing === "on_time") entry.onTime += 1;
    if (row.filing === "late") entry.late += 1;
    years.set(year, entry);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}

/** The same figures from the stored verdicts, counted by the database (register-judgements.ts). */
export function registerStatisticsOfGroups(
  groups: ReadonlyArray<{ awareYear: number; notified: boolean; timeliness: string | null; count: number }>,
): RegisterYear[] {
  const years = new Map<number, RegisterYear>();
  for (const group of groups) {
    const entry = years.get(group.awareYear) ?? { year: group.awareYear, incidents: 0, notified: 0, onTime: 0, late: 0 };
    entry.incidents += group.count;
    if (group.notified) entry.notified += group.count;
    if (group.timeliness === "on_time") entry.onTime += group.count;
    if (group.timeliness === "late") entry.late += group.count;
    years.set(group.awareYear, entry);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}
