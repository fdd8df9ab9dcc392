import pg from "pg";

/** PostgreSQL `name` columns (oid 19) relabelled as `text` (oid 25). */
const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function relabelNameColumns<T>(result: T): T {
  for (const part of Array.isArray(result) ? result : [result]) {
    for (const field of (part as QueryResultLike)?.fields ?? []) {
      if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

function patchQuery(target: { query: (...args: never[]) => unknown }) {
  const original = target.query.bind(target) as (...args: unknown[]) => unknown;
  (target as { query: unknown }).query = (...args: unknown[]) => {
    const result = original(...args);
    return result instanceof Promise ? result.then(relabelNameColumns) : result;
  };
}

/**
 * A pool for Prisma's migration engine. adapter-pg cannot map `name` columns, which the catalogue
 * queries of `prisma migrate deploy` return (Prisma issue #27403); reporting them as text fixes it.
 * Only the migration adapter needs this: the app's own queries never select `name` columns.
 */
export function createMigrationPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2 });
  patchQuery(pool as unknown as { query: (...args: never[]) => unknown });
  pool.on("connect", (client) => patchQuery(client as unknown as { query: (...args: never[]) => unknown }));
  return pool;
}
