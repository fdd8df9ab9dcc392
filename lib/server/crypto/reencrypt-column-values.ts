import type { Db } from "@/lib/db/client";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction, type Tx } from "@/lib/server/transaction";
import {
  bindingColumnOf,
  ENCRYPTED_COLUMNS,
  ONCE_PLAINTEXT_COLUMNS,
  TABLES_WITH_UPDATED_AT,
  type EncryptedTable,
} from "./encrypted-columns";
import type { Keyring } from "./keyring";
import { isSealed, isUnbound, seal, sealedKeyId, sealedPrefixes, unseal } from "./sealed-text";

type Row = Record<string, unknown> & { id: string };

/**
 * The few Prisma operations re-encryption needs, the same for every table. The generated delegates
 * differ per model, so one loop over ENCRYPTED_COLUMNS reaches them through this narrower shape.
 */
interface TableAccess {
  findMany(args: { where: object; select: Record<string, true>; orderBy: { id: "asc" }; take: number }): Promise<Row[]>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
  count(args: { where: object }): Promise<number>;
}

export function tableAccess(db: Db | Tx, table: EncryptedTable): TableAccess {
  return (db as unknown as Record<EncryptedTable, TableAccess>)[table];
}

export interface TableReencryption {
  table: EncryptedTable;
  /** Rows read. */
  rows: number;
  /** Values now sealed with the current key, bound to their row, that were sealed with an older key, unbound, or in clear. */
  reencrypted: number;
  /** Rows changed by someone else between reading and writing: left as they are, picked up by a later run. */
  changedMeanwhile: number;
}

function rewrite(table: EncryptedTable, row: Row, columns: readonly string[], ring: Keyring): Record<string, string> {
  const changes: Record<string, string> = {};
  const place = (column: string) => ({ table, column, id: String(row[bindingColumnOf(table)]) });
  const oncePlaintext: readonly string[] = ONCE_PLAINTEXT_COLUMNS[table] ?? [];
  for (const column of columns) {
    const value = row[column];
    if (typeof value !== "string") continue;
    if (!isSealed(value)) {
      if (oncePlaintext.includes(column)) changes[column] = seal(value, place(column), ring);
      continue;
    }
    if (sealedKeyId(value) === ring.current && !isUnbound(value)) continue;
    changes[column] = seal(unseal(value, place(column), ring), place(column), ring);
  }
  return changes;
}

/**
 * Re-seals every value of one table's encrypted columns that is not under the current key, a batch of
 * rows per transaction (keyset on id, so memory stays bounded). Each row is written only if its sealed
 * values are still the ones read: a concurrent edit is never overwritten.
 */
export async function reencryptTable(
  ctx: ServiceContext,
  table: EncryptedTable,
  ring: Keyring,
  options: { batchSize: number; onBatch?: (progress: TableReencryption) => void },
): Promise<TableReencryption> {
  const columns = ENCRYPTED_COLUMNS[table];
  const keepsUpdatedAt = TABLES_WITH_UPDATED_AT.has(table);
  const select: Record<string, true> = Object.fromEntries([
    ["id", true],
    [bindingColumnOf(table), true],
    ...columns.map((c) => [c, true]),
    ...(keepsUpdatedAt ? [["updatedAt", true]] : []),
  ]);
  const progress: TableReencryption = { table, rows: 0, reencrypted: 0, changedMeanwhile: 0 };
  let lastId: string | undefined;

  for (;;) {
    const rows = await tableAccess(ctx.db, table).findMany({
      where: lastId === undefined ? {} : { id: { gt: lastId } },
      select,
      orderBy: { id: "asc" },
      take: options.batchSize,
    });
    if (rows.length === 0) break;
    lastId = rows[rows.length - 1]!.id;
    const work = rows.map((row) => ({ row, changes: rewrite(table, row, columns, ring) })).filter((w) => Object.keys(w.changes).length > 0);
    const outcome = await writeTransaction(ctx.db, ctx.provider, async (tx) => {
      let written = 0;
      let skipped = 0;
      for (const { row, changes } of work) {
        const unchanged = Object.fromEntries(Object.keys(changes).map((column) => [column, row[column]]));
        const data = keepsUpdatedAt ? { ...changes, updatedAt: row.updatedAt } : changes;
        const { count } = await tableAccess(tx, table).updateMany({ where: { id: row.id, ...unchanged }, data });
        if (count === 1) written += Object.keys(changes).length;
        else skipped++;
      }
      return { written, skipped };
    });
    progress.rows += rows.length;
    progress.reencrypted += outcome.written;
    progress.changedMeanwhile += outcome.skipped;
    options.onBatch?.({ ...progress });
    if (rows.length < options.batchSize) break;
  }
  return progress;
}

export interface OldKeyUse {
  keyId: string;
  /** The schema's model, or "Attachment file" for the encrypted bytes on disk. */
  table: string;
  rows: number;
}

/** Rows of one table holding at least one value sealed with `keyId`. */
export async function countRowsSealedWith(db: Db, table: EncryptedTable, keyId: string): Promise<number> {
  return tableAccess(db, table).count({
    where: {
      OR: ENCRYPTED_COLUMNS[table].flatMap((column) => sealedPrefixes(keyId).map((prefix) => ({ [column]: { startsWith: prefix } }))),
    },
  });
}
