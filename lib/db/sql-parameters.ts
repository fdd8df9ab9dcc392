import type { DatabaseProvider } from "./database-url";

/**
 * Parameters for the few statements written in SQL (hot paths where Prisma's per-row cost matters), for
 * both databases: numbered placeholders for PostgreSQL, positional ones for SQLite, so each call must come
 * in the order its placeholder appears in the text. `time` writes a DateTime as Prisma stores it: on SQLite
 * the text the libsql adapter writes ("2026-03-27T09:30:00.000+00:00", so comparisons and ordering agree
 * with the rows Prisma wrote), on PostgreSQL an ISO string cast to timestamp(3) (UTC, like Prisma).
 */
export function sqlParameters(provider: DatabaseProvider) {
  const postgres = provider === "postgresql";
  const values: unknown[] = [];
  const param = (value: unknown, cast = "") => {
    values.push(value);
    return postgres ? `$${values.length}${cast}` : "?";
  };
  const time = (at: Date) => (postgres ? param(at.toISOString(), "::timestamp(3)") : param(`${at.toISOString().slice(0, -1)}+00:00`));
  /**
   * `column` is one of `texts`, however many, as one parameter: a text array on PostgreSQL (which plans with its
   * values as it does with a list), a JSON array on SQLite. A DPO firm's person sees a thousand practices: as a
   * thousand placeholders, Prisma's query compiler and the database's parser spent 2 to 3 ms more on each
   * statement (bench/pages.bench.ts). An empty list matches nothing.
   */
  const isAnyOf = (column: string, texts: readonly string[]) =>
    postgres
      ? `${column} = ANY(${param([...texts], "::text[]")})`
      : `${column} IN (SELECT value FROM json_each(${param(JSON.stringify(texts))}))`;
  return { values, param, time, isAnyOf, postgres };
}

/** Prisma types a raw answer's DateTime column as a Date on both databases; SQLite's driver may still hand over text. */
export function rawDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
