import { createCipheriv, createDecipheriv, createHash, randomBytes, type DecipherGCM } from "node:crypto";
import { Readable, Transform } from "node:stream";
import { describeSize } from "@/lib/schemas/incident-attachment";
import { keyring, type Keyring } from "@/lib/server/crypto/keyring";
import { ContentSniffer } from "@/lib/server/incidents/attachments/file-kind";
import { blobFolder, blobPath } from "@/lib/server/storage/folder-blob-store";
import type { BlobStore } from "@/lib/server/storage/stored-blob";

/*
 * Attachment bytes at rest (docs/ARCHITECTURE.md rule 6): AES-256-GCM, streamed, one blob per attachment
 * under its storageKey in the deployment's store (the data folder or the database, lib/server/storage).
 * Layout: "BDA2" | key id length (1 byte) | key id | IV (12) | ciphertext | tag (16). The key id travels with
 * the bytes so keys can rotate. The associated data is "attachment:<attachment id>", so a file swapped in from
 * another attachment row fails its tag check.
 * "BDA1" files, written before that binding, are still read; re-encryption rewrites them as "BDA2".
 */
const MAGIC = Buffer.from("BDA2", "latin1");
const UNBOUND_MAGIC = Buffer.from("BDA1", "latin1");
const associatedData = (attachmentId: string) => Buffer.from(`attachment:${attachmentId}`, "utf8");
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Where the data folder keeps attachments (SQLite deployments, and files `breachdesk storage migrate` moves). */
export function attachmentsDirectory(): string {
  return blobFolder("attachments");
}

export function attachmentPath(storageKey: string): string {
  return blobPath("attachments", storageKey);
}

export interface StoredAttachment {
  storageKey: string;
  keyId: string;
  size: number;
  sha256: string;
  sniffer: ContentSniffer;
}

class TooLarge extends Error {}

export type StoreResult = { ok: true; stored: StoredAttachment } | { ok: false; problem: string };

/** Encrypts the stream into a new blob; stops (and leaves nothing behind) once it passes `maxBytes`. */
export async function storeEncrypted(
  store: BlobStore,
  source: Readable,
  maxBytes: number,
  attachmentId: string,
  ring: Keyring = keyring(),
): Promise<StoreResult> {
  const storageKey = randomBytes(16).toString("hex");
  const key = ring.keys.get(ring.current)!;
  const iv = randomBytes(IV_BYTES);
  const keyId = Buffer.from(ring.current, "utf8");
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(associatedData(attachmentId));
  const hash = createHash("sha256");
  const sniffer = new ContentSniffer();
  let size = 0;
  // Pulled by the store as it writes: nothing is read ahead, and a failure reaches the store's writer.
  const encrypted = Readable.from(
    (async function* () {
      yield Buffer.concat([MAGIC, Buffer.from([keyId.length]), keyId, iv]);
      for await (const piece of source) {
        const chunk = piece as Buffer;
        size += chunk.length;
        if (size > maxBytes) throw new TooLarge();
        hash.update(chunk);
        sniffer.push(chunk);
        yield cipher.update(chunk);
      }
      yield Buffer.concat([cipher.final(), cipher.getAuthTag()]);
    })(),
    { objectMode: false },
  );
  try {
    await store.write("attachments", storageKey, encrypted);
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, problem: `is too large (more than ${describeSize(maxBytes)})` };
    throw error;
  }
  return { ok: true, stored: { storageKey, keyId: ring.current, size, sha256: hash.digest("hex"), sniffer } };
}

/**
 * Decrypts the layout above as it streams past: the header is read from the first bytes, the last 16 bytes
 * are held back as the tag and checked when the stream ends, so tampered bytes or a missing key fail it.
 */
class DecryptAttachment extends Transform {
  private head: Buffer = Buffer.alloc(0);
  private tail: Buffer = Buffer.alloc(0);
  private decipher: DecipherGCM | null = null;

  constructor(
    private readonly storageKey: string,
    private readonly attachmentId: string,
    private readonly ring: Keyring,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null, data?: Buffer) => void): void {
    try {
      let body = chunk;
      if (!this.decipher) {
        this.head = Buffer.concat([this.head, chunk]);
        if (this.head.length < MAGIC.length + 1) return done();
        const magic = this.head.subarray(0, MAGIC.length);
        if (!magic.equals(MAGIC) && !magic.equals(UNBOUND_MAGIC))
          throw new Error(`Attachment ${this.storageKey} is not an encrypted attachment file`);
        const keyIdLength = this.head[MAGIC.length]!;
        const start = MAGIC.length + 1 + keyIdLength + IV_BYTES;
        if (this.head.length < start) return done();
        const keyId = this.head.subarray(MAGIC.length + 1, MAGIC.length + 1 + keyIdLength).toString("utf8");
        const key = this.ring.keys.get(keyId);
        if (!key) throw new Error(`Encryption key "${keyId}" is not available`);
        this.decipher = createDecipheriv("aes-256-gcm", key, this.head.subarray(start - IV_BYTES, start));
        if (magic.equals(MAGIC)) this.decipher.setAAD(associatedData(this.attachmentId));
        body = this.head.subarray(start);
        this.head = Buffer.alloc(0);
      }
      const data = this.tail.length > 0 ? Buffer.concat([this.tail, body]) : body;
      if (data.length <= TAG_BYTES) {
        this.tail = Buffer.from(data);
        return done();
      }
      this.tail = Buffer.from(data.subarray(data.length - TAG_BYTES));
      done(null, this.decipher.update(data.subarray(0, data.length - TAG_BYTES)));
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: (error?: Error | null, data?: Buffer) => void): void {
    try {
      if (!this.decipher || this.tail.length !== TAG_BYTES)
        throw new Error(`Attachment ${this.storageKey} is not an encrypted attachment file (it is cut short)`);
      this.decipher.setAuthTag(this.tail);
      done(null, this.decipher.final());
    } catch (error) {
      done(error as Error);
    }
  }
}

/**
 * A stored attachment's plaintext as a stream, without holding the blob in memory: the one reader of the
 * layout. Rejects (code "ENOENT") when nothing is stored under the key.
 */
export async function openDecrypted(
  store: BlobStore,
  storageKey: string,
  attachmentId: string,
  ring: Keyring = keyring(),
): Promise<Readable> {
  const stored = await store.open("attachments", storageKey);
  const decrypt = new DecryptAttachment(storageKey, attachmentId, ring);
  // Errors travel down the chain so whoever reads the returned stream sees them.
  stored.on("error", (error: Error) => decrypt.destroy(error));
  return stored.pipe(decrypt);
}

/** Decrypts a stored attachment into memory (one download, re-encryption). Throws when tampered with. */
export async function readDecrypted(
  store: BlobStore,
  storageKey: string,
  attachmentId: string,
  ring: Keyring = keyring(),
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openDecrypted(store, storageKey, attachmentId, ring)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** True for a blob written before attachments were bound to their row ("BDA1"): re-encryption rewrites it. */
export async function isUnboundFile(store: BlobStore, storageKey: string): Promise<boolean> {
  const stored = await store.open("attachments", storageKey);
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of stored) {
      head = Buffer.concat([head, chunk as Buffer]);
      if (head.length >= UNBOUND_MAGIC.length) break;
    }
  } finally {
    stored.destroy();
  }
  return head.subarray(0, UNBOUND_MAGIC.length).equals(UNBOUND_MAGIC);
}

export async function removeStored(store: BlobStore, storageKey: string): Promise<void> {
  await store.remove("attachments", storageKey);
}
