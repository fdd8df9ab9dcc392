import type { Db } from "@/lib/db/client";
import { bindingColumnOf, ENCRYPTED_COLUMNS, type EncryptedTable } from "./encrypted-columns";
import { anySealedPrefixes } from "./ensure-keys";
import { keyring } from "./keyring";
import { tableAccess } from "./reencrypt-column-values";
import { isSealed, sealedPrefixes, unseal } from "./sealed-text";

/** Rows with a sealed value whose key id the keyring does not hold (sealed by a key set that is not here). */
function unknownKeyWhere(table: EncryptedTable, known: string[]) {
  const knownPrefixes = known.flatMap(sealedPrefixes);
  return {
    OR: ENCRYPTED_COLUMNS[table].flatMap((column) =>
      anySealedPrefixes().map((prefix) => ({
        AND: [{ [column]: { startsWith: prefix } }, ...knownPrefixes.map((known) => ({ NOT: { [column]: { startsWith: known } } }))],
      })),
    ),
  };
}

/**
 * Whether the keys here can read the stored data: every key id named in the database is in the keyring,
 * and the oldest and the newest sealed row of each table decrypt. A key of the same id but other bytes
 * (a lost key file replaced) fails the second test; a new key set under new ids fails the first.
 */
export async function keysReadTheData(db: Db): Promise<boolean> {
  let ring;
  try {
    ring = keyring();
  } catch {
    return false;
  }
  const known = [...ring.keys.keys()];
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    const access = tableAccess(db, table);
    if ((await access.count({ where: unknownKeyWhere(table, known) })) > 0) return false;
    const columns = ENCRYPTED_COLUMNS[table];
    const where = { OR: columns.flatMap((column) => anySealedPrefixes().map((prefix) => ({ [column]: { startsWith: prefix } }))) };
    // Values are bound to their row's id, or to the binding column where the table has one (sent messages).
    const binding = bindingColumnOf(table);
    const select = Object.fromEntries([["id", true], [binding, true], ...columns.map((column) => [column, true])]) as Record<string, true>;
    for (const order of ["asc", "desc"] as const) {
      const [row] = await access.findMany({ where, select, orderBy: { id: order as "asc" }, take: 1 });
      for (const column of columns) {
        const value = row?.[column];
        if (!row || typeof value !== "string" || !isSealed(value)) continue;
        try {
          unseal(value, { table, column, id: String(row[binding]) }, ring);
        } catch {
          return false;
        }
      }
    }
  }
  return true;
}
