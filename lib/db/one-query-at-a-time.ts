import type { PrismaPg } from "@prisma/adapter-pg";

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type PgTransaction = Awaited<ReturnType<PgAdapter["startTransaction"]>>;

/** Runs the queries handed to it one after another, each starting when the one before has settled. */
function queue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(run: () => Promise<T>): Promise<T> => {
    const next = tail.then(run, run);
    tail = next.catch(() => undefined);
    return next;
  };
}

function serialisedTransaction(tx: PgTransaction): PgTransaction {
  const inTurn = queue();
  return new Proxy(tx, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (...args: unknown[]) => inTurn(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

/**
 * A transaction holds one pg connection, and a connection answers one query at a time. Prisma itself starts
 * the queries of a read with nested relations together (refreshIncidentDeadlines, in every incident write,
 * loads an incident's organisation, filings, communications and assessments at once), as does code that
 * runs `Promise.all` over `tx`; pg then queued them on the connection, which pg 8 warns is deprecated
 * ("Calling client.query() when the client is already executing a query") and pg 9 refuses. This adapter
 * queues them itself, so no caller can reach that path; queries outside a transaction each take their own
 * pool connection and are left as they are.
 * tests/integration/postgres-one-query-per-connection.test.ts fails if a query ever overlaps another.
 */
export function oneQueryAtATimePerTransaction(factory: PrismaPg): PrismaPg {
  return new Proxy(factory, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === "connect") {
        return async () => {
          const adapter = await target.connect();
          return new Proxy(adapter, {
            get(inner, name) {
              const member: unknown = Reflect.get(inner, name, inner);
              if (name === "startTransaction") {
                return async (...args: Parameters<PgAdapter["startTransaction"]>) =>
                  serialisedTransaction(await inner.startTransaction(...args));
              }
              return typeof member === "function" ? (member as (...a: unknown[]) => unknown).bind(inner) : member;
            },
          });
        };
      }
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
