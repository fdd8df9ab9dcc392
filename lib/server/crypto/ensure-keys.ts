import { existsSync } from "node:fs";
import type { Db } from "@/lib/db/client";
import { ENCRYPTED_COLUMNS, type EncryptedTable } from "./encrypted-columns";
import { newKeyId } from "./key-source";
import { createKeyFileOnce, keyFilePath, keyringFrom, resetKeyringCache, type KeyFile } from "./keyring";
import { MissingKeysError } from "./missing-keys";
import { tableAccess } from "./reencrypt-column-values";
import { sealedPrefixes } from "./sealed-text";

/** "enc1:", "enc2:": every sealed format's prefix, whatever the key. */
export const anySealedPrefixes = () => sealedPrefixes("").map((prefix) => prefix.slice(0, prefix.indexOf(":") + 1));

function sealedWhere(table: EncryptedTable, prefixes: string[]) {
  return { OR: ENCRYPTED_COLUMNS[table].flatMap((column) => prefixes.map((prefix) => ({ [column]: { startsWith: prefix } }))) };
}

/**
 * Whether anything in the database was sealed with some key (or an attachment file encrypted): exactly
 * the case where a new key would lose nothing. Counting organisations or migrations would refuse a
 * harmless restart after `org create`, or allow a new key beside sealed data restored into a new database.
 */
export async function databaseHoldsSealedData(db: Db): Promise<boolean> {
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    if ((await tableAccess(db, table).count({ where: sealedWhere(table, anySealedPrefixes()) })) > 0) return true;
  }
  return (await db.attachment.count()) > 0;
}

/** Whether any stored value (or attachment file) names `keyId`: such an id must never be given to a new key. */
export async function keyIdInUse(db: Db, keyId: string): Promise<boolean> {
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    if ((await tableAccess(db, table).count({ where: sealedWhere(table, sealedPrefixes(keyId)) })) > 0) return true;
  }
  return (await db.attachment.count({ where: { keyId } })) > 0;
}

export type KeysAtStart = { source: "environment" | "file"; createdKeyId: string | null };

function parseEnvironmentKeys(value: string): KeyFile {
  try {
    const content = JSON.parse(value) as KeyFile;
    keyringFrom(content);
    return content;
  } catch (error) {
    throw new Error(`BREACHDESK_ENCRYPTION_KEYS: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Run before the app, the worker or a command touches sealed data. Keys from the environment or an
 * existing key file are used as they are. Without either, the first key file is created only when the
 * database holds nothing sealed; otherwise MissingKeysError says what is missing and how to restore it.
 */
export async function ensureEncryptionKeys(db: Db): Promise<KeysAtStart> {
  const fromEnv = process.env.BREACHDESK_ENCRYPTION_KEYS;
  if (fromEnv) {
    parseEnvironmentKeys(fromEnv);
    return { source: "environment", createdKeyId: null };
  }
  const file = keyFilePath();
  if (existsSync(file)) return { source: "file", createdKeyId: null };
  if (await databaseHoldsSealedData(db)) throw new MissingKeysError(file, " and the database holds encrypted data");
  const created = createKeyFileOnce(newKeyId());
  resetKeyringCache();
  return { source: "file", createdKeyId: created.current };
}
