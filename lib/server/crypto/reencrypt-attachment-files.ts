import { Readable } from "node:stream";
import { isUnboundFile, readDecrypted, removeStored, storeEncrypted } from "@/lib/server/incidents/attachments/attachment-store";
import type { ServiceContext } from "@/lib/server/service-context";
import { blobStore, isMissingBlob } from "@/lib/server/storage/blob-store";
import { writeTransaction } from "@/lib/server/transaction";
import type { Keyring } from "./keyring";

export interface AttachmentFileReencryption {
  files: number;
  reencrypted: number;
  /** Rows whose bytes are not in the store: nothing to re-encrypt, and their old key stays needed on paper. */
  missing: string[];
  changedMeanwhile: number;
}

/**
 * Re-encrypts attachment files not under the current key (and, with `includeUnbound`, those under it
 * written before files were bound to their row, which only the file's header tells): decrypt, write a new file under a new storage
 * key, point the row at it, then remove the old file. A crash at any point leaves the row pointing at a
 * complete file; at worst an orphaned file remains.
 */
export async function reencryptAttachmentFiles(
  ctx: ServiceContext,
  ring: Keyring,
  options: { batchSize: number; includeUnbound?: boolean; onBatch?: (progress: AttachmentFileReencryption) => void },
): Promise<AttachmentFileReencryption> {
  const store = blobStore(ctx);
  const progress: AttachmentFileReencryption = { files: 0, reencrypted: 0, missing: [], changedMeanwhile: 0 };
  let lastId: string | undefined;
  for (;;) {
    const rows = await ctx.db.attachment.findMany({
      where: {
        ...(options.includeUnbound ? {} : { keyId: { not: ring.current } }),
        ...(lastId === undefined ? {} : { id: { gt: lastId } }),
      },
      select: { id: true, storageKey: true, sha256: true, keyId: true },
      orderBy: { id: "asc" },
      take: options.batchSize,
    });
    if (rows.length === 0) break;
    lastId = rows[rows.length - 1]!.id;
    for (const row of rows) {
      let plaintext: Buffer;
      try {
        if (row.keyId === ring.current && !(await isUnboundFile(store, row.storageKey))) continue;
        progress.files++;
        plaintext = await readDecrypted(store, row.storageKey, row.id, ring);
      } catch (error) {
        if (!isMissingBlob(error)) throw error;
        progress.missing.push(row.id);
        continue;
      }
      const stored = await storeEncrypted(store, Readable.from([plaintext]), Number.MAX_SAFE_INTEGER, row.id, ring);
      if (!stored.ok) throw new Error(`Attachment ${row.id} could not be stored again: ${stored.problem}`);
      if (stored.stored.sha256 !== row.sha256)
        throw new Error(`Attachment ${row.id}: the decrypted bytes do not match the recorded SHA-256`);
      const { count } = await writeTransaction(ctx.db, ctx.provider, (tx) =>
        tx.attachment.updateMany({
          where: { id: row.id, storageKey: row.storageKey },
          data: { storageKey: stored.stored.storageKey, keyId: stored.stored.keyId },
        }),
      );
      await removeStored(store, count === 1 ? row.storageKey : stored.stored.storageKey);
      if (count === 1) progress.reencrypted++;
      else progress.changedMeanwhile++;
    }
    options.onBatch?.({ ...progress, missing: [...progress.missing] });
    if (rows.length < options.batchSize) break;
  }
  return progress;
}
