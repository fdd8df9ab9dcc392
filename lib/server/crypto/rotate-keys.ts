import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { conflict, forbidden, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { ENCRYPTED_COLUMNS, modelName, type EncryptedTable } from "./encrypted-columns";
import { keyIdInUse } from "./ensure-keys";
import { nextKeyId, readKeySource, withNewCurrentKey, withoutKeys, type KeySource } from "./key-source";
import { keyringFrom, resetKeyringCache, saveKeyFile, type Keyring } from "./keyring";
import { reencryptAttachmentFiles, type AttachmentFileReencryption } from "./reencrypt-attachment-files";
import { countRowsSealedWith, reencryptTable, type OldKeyUse, type TableReencryption } from "./reencrypt-column-values";

export type { OldKeyUse, TableReencryption, AttachmentFileReencryption };

export interface RotationOptions {
  /** Rows per transaction. */
  batchSize?: number;
  /** The new key's id; by default a fresh one (key-source.ts newKeyId). */
  keyId?: string;
  /** Called after every batch, for a progress line. */
  onProgress?: (progress: TableReencryption | ({ table: "attachment files" } & AttachmentFileReencryption)) => void;
}

export interface KeyRotationReport {
  source: KeySource["kind"];
  /** The key created by this run; null when only re-encrypting to the current key. */
  newKeyId: string | null;
  currentKeyId: string;
  /**
   * From the environment: the new BREACHDESK_ENCRYPTION_KEYS value, to give every instance before anything
   * is re-encrypted (an instance without the new key could not read what it seals). Nothing was changed.
   */
  environmentValue: string | null;
  tables: TableReencryption[];
  attachmentFiles: AttachmentFileReencryption | null;
  /** Values still under older keys after the run (written meanwhile by a process holding the old key). */
  remaining: OldKeyUse[];
}

export interface KeyRetirementReport {
  source: KeySource["kind"];
  currentKeyId: string;
  /** Removed from the keyring (or, from the environment, left out of environmentValue). */
  retired: string[];
  /** When not empty, nothing was retired: these rows still need their old key. */
  stillUsed: OldKeyUse[];
  environmentValue: string | null;
}

/** Keys are the server's, not a tenant's: only the operator (the `breachdesk` command) handles them. */
function onlyOperator(actor: Actor) {
  return actor.kind === "operator" ? null : forbidden("Only the operator can rotate encryption keys.");
}

/** Every row, per table and old key, still sealed with a key other than the current one. */
export async function findOldKeyUse(ctx: ServiceContext, ring: Keyring): Promise<OldKeyUse[]> {
  const uses: OldKeyUse[] = [];
  for (const keyId of ring.keys.keys()) {
    if (keyId === ring.current) continue;
    for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
      const rows = await countRowsSealedWith(ctx.db, table, keyId);
      if (rows > 0) uses.push({ keyId, table: modelName(table), rows });
    }
    const files = await ctx.db.attachment.count({ where: { keyId } });
    if (files > 0) uses.push({ keyId, table: "Attachment file", rows: files });
  }
  return uses;
}

async function reencryptEverything(ctx: ServiceContext, ring: Keyring, options: RotationOptions) {
  const batchSize = options.batchSize ?? 200;
  const tables: TableReencryption[] = [];
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    tables.push(await reencryptTable(ctx, table, ring, { batchSize, onBatch: options.onProgress }));
  }
  const attachmentFiles = await reencryptAttachmentFiles(ctx, ring, {
    batchSize,
    onBatch: (progress) => options.onProgress?.({ table: "attachment files", ...progress }),
  });
  return { tables, attachmentFiles, remaining: await findOldKeyUse(ctx, ring) };
}

async function audit(ctx: ServiceContext, actor: Actor, action: string, detail: Record<string, unknown>) {
  await writeTransaction(ctx.db, ctx.provider, (tx) => appendAudit(tx, actor, { action, detail }, ctx.now()));
}

function summary(tables: TableReencryption[], files: AttachmentFileReencryption) {
  return {
    reencrypted: Object.fromEntries(tables.filter((t) => t.reencrypted > 0).map((t) => [modelName(t.table), t.reencrypted])),
    attachmentFiles: files.reencrypted,
  };
}

/**
 * Creates a new key (an id never used before), makes it current in the key file, and re-seals every encrypted
 * value and attachment file with it. Older keys stay, decrypt-only, until retireOldKeys removes them.
 * With keys from the environment it only prepares the new value: see KeyRotationReport.environmentValue.
 */
export async function rotateKeys(
  ctx: ServiceContext,
  actor: Actor,
  options: RotationOptions = {},
): Promise<ServiceResult<KeyRotationReport>> {
  const refused = onlyOperator(actor);
  if (refused) return refused;
  const source = readKeySource();
  const wanted = options.keyId ?? nextKeyId(source.content);
  // A stored value naming this id was sealed by some other key set: the new key must not answer to it.
  if (wanted in source.content.keys || (await keyIdInUse(ctx.db, wanted))) {
    return conflict(`Key id "${wanted}" was already used; a new key needs an id never used before.`);
  }
  const { content, keyId } = withNewCurrentKey(source.content, wanted);
  if (source.kind === "environment") {
    return ok({
      source: source.kind,
      newKeyId: keyId,
      currentKeyId: source.content.current,
      environmentValue: JSON.stringify(content),
      tables: [],
      attachmentFiles: null,
      remaining: [],
    });
  }
  saveKeyFile(content);
  resetKeyringCache();
  const ring = keyringFrom(content);
  await audit(ctx, actor, "keys.rotate", { newKeyId: keyId, previousKeyId: source.content.current });
  const result = await reencryptEverything(ctx, ring, options);
  await audit(ctx, actor, "keys.reencrypt", { keyId, ...summary(result.tables, result.attachmentFiles) });
  return ok({ source: source.kind, newKeyId: keyId, currentKeyId: keyId, environmentValue: null, ...result });
}

/**
 * Re-seals everything not under the current key, without creating one: after the environment was given
 * a new current key, or to finish a rotation that was interrupted.
 */
export async function reencryptToCurrentKey(
  ctx: ServiceContext,
  actor: Actor,
  options: RotationOptions = {},
): Promise<ServiceResult<KeyRotationReport>> {
  const refused = onlyOperator(actor);
  if (refused) return refused;
  const source = readKeySource();
  const ring = keyringFrom(source.content);
  const result = await reencryptEverything(ctx, ring, options);
  await audit(ctx, actor, "keys.reencrypt", { keyId: ring.current, ...summary(result.tables, result.attachmentFiles) });
  return ok({ source: source.kind, newKeyId: null, currentKeyId: ring.current, environmentValue: null, ...result });
}

/** Removes every key but the current one, once no value and no attachment file uses them any more. */
export async function retireOldKeys(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<KeyRetirementReport>> {
  const refused = onlyOperator(actor);
  if (refused) return refused;
  const source = readKeySource();
  const ring = keyringFrom(source.content);
  const old = [...ring.keys.keys()].filter((id) => id !== ring.current);
  const base = { source: source.kind, currentKeyId: ring.current };
  const stillUsed = await findOldKeyUse(ctx, ring);
  if (stillUsed.length > 0 || old.length === 0) return ok({ ...base, retired: [], stillUsed, environmentValue: null });

  const content = withoutKeys(source.content, old);
  if (source.kind === "environment") return ok({ ...base, retired: old, stillUsed, environmentValue: JSON.stringify(content) });
  saveKeyFile(content);
  resetKeyringCache();
  await audit(ctx, actor, "keys.retire", { retired: old, currentKeyId: ring.current });
  return ok({ ...base, retired: old, stillUsed, environmentValue: null });
}
