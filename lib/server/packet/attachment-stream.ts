import { createHash } from "node:crypto";
import { Transform, type Readable } from "node:stream";
import { openDecrypted } from "@/lib/server/incidents/attachments/attachment-store";
import type { BlobStore } from "@/lib/server/storage/blob-store";

/*
 * An attachment's plaintext as a stream, for the packet, checked against the SHA-256 recorded at upload
 * (the GCM tag is checked by openDecrypted). Either failing destroys the stream, and the export fails rather
 * than shipping altered evidence.
 */
export async function openDecryptedAttachment(
  store: BlobStore,
  storageKey: string,
  attachmentId: string,
  expectedSha256: string,
): Promise<Readable> {
  const decrypted = await openDecrypted(store, storageKey, attachmentId);
  const hash = createHash("sha256");
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const digest = hash.digest("hex");
      done(
        digest === expectedSha256
          ? null
          : new Error(`Attachment ${storageKey} does not match its recorded SHA-256: the stored file was altered`),
      );
    },
  });
  decrypted.on("error", (error: Error) => check.destroy(error));
  return decrypted.pipe(check);
}
