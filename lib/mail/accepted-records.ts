import type { Prisma } from "@/lib/db/client";
import type { AcceptedDelivery, OutboxHandler, OutboxHandlerContext } from "./handlers";

/** A message whose work took effect, waiting for its record (live, or read back from a journal). */
export interface AcceptedItem extends AcceptedDelivery {
  kind: string;
}

function byKind(items: readonly AcceptedItem[]): Map<string, AcceptedItem[]> {
  const groups = new Map<string, AcceptedItem[]>();
  for (const item of items) {
    const group = groups.get(item.kind);
    if (group) group.push(item);
    else groups.set(item.kind, [item]);
  }
  return groups;
}

/** The statements with which the kinds of `items` record them (see OutboxHandler.recordAccepted). */
export async function recordStatementsOfKinds(
  items: readonly AcceptedItem[],
  handlers: ReadonlyMap<string, OutboxHandler>,
  context: OutboxHandlerContext,
): Promise<Prisma.PrismaPromise<unknown>[]> {
  const statements: Prisma.PrismaPromise<unknown>[] = [];
  for (const [kind, group] of byKind(items)) {
    const recordAccepted = handlers.get(kind)?.recordAccepted;
    if (recordAccepted) statements.push(...(await recordAccepted(group, context)));
  }
  return statements;
}

/** Runs the kinds' bookkeeping after their records committed; a failure there never undoes a delivery. */
export function afterRecordedOfKinds(
  items: readonly AcceptedItem[],
  handlers: ReadonlyMap<string, OutboxHandler>,
  context: OutboxHandlerContext,
  log: (line: string) => void,
): Promise<void> {
  const runs = [...byKind(items)].map(async ([kind, group]) => {
    try {
      await handlers.get(kind)?.afterRecorded?.(group, context);
    } catch (error) {
      log(
        `outbox: bookkeeping after recording "${kind}" messages failed ` +
          `(${error instanceof Error ? error.message : String(error)}); it is done again later`,
      );
    }
  });
  return Promise.all(runs).then(() => undefined);
}

/** Kinds whose handler in `handlers` cannot record what the items carry (a worker that does not know them). */
export function unrecordableKinds(
  items: readonly { kind: string; record?: unknown }[],
  handlers: ReadonlyMap<string, OutboxHandler>,
): string[] {
  return [
    ...new Set(items.filter((item) => item.record !== undefined && !handlers.get(item.kind)?.recordAccepted).map((item) => item.kind)),
  ];
}
