import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { dataDirectory } from "@/lib/db/database-url";
import { describeSize } from "@/lib/schemas/incident-attachment";
import { keyring, type Keyring } from "@/lib/server/crypto/keyring";
import { ContentSniffer } from "@/lib/server/incidents/attachments/file-kind";

/*
 * Attachment bytes at rest (docs/ARCHITECTURE.md rule 6): AES-256-GCM, streamed, one file per attachment in
 * <data folder>/attachments/<storageKey>. Layout: "BDA2" | key id length (1 byte) | key id | IV (12) |
 * ciphertext | tag (16). The key id travels with the bytes so keys can rotate. The associated data is
 * "attachment:<attachment id>", so a file swapped in from another attachment row fails its tag check.
 * "BDA1" files, written before that binding, are still read; re-encryption rewrites them as "BDA2".
 */
const MAGIC = Buffer.from("BDA2", "latin1");
const UNBOUND_MAGIC = Buffer.from("BDA1", "latin1");
const associatedData = (attachmentId: string) => Buffer.from(`attachment:${attachmentId}`, "utf8");
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function attachmentsDirectory(): string {
  return path.join(dataDirectory(), "attachments");
}

export function attachmentPath(storageKey: string): string {
  if (!/^[a-f0-9]{32}$/.test(storageKey)) throw new Error("Malformed attachment storage key");
  return path.join(attachmentsDirectory(), storageKey);
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

/** Encrypts the stream into a new file; stops (and leaves nothing behind) once it passes `maxBytes`. */
export async function storeEncrypted(
  source: Readable,
  maxBytes: number,
  attachmentId: string,
  ring: Keyring = keyring(),
): Promise<StoreResult> {
  const storageKey = randomBytes(16).toString("hex");
  const target = attachmentPath(storageKey);
  const partial = `${target}.part`;
  await mkdir(attachmentsDirectory(), { recursive: true, mode: 0o700 });

  const key = ring.keys.get(ring.current)!;
  const iv = randomBytes(IV_BYTES);
  const keyId = Buffer.from(ring.current, "utf8");
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(associatedData(attachmentId));
  const hash = createHash("sha256");
  const sniffer = new ContentSniffer();
  let size = 0;
  const inspect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new TooLarge());
      hash.update(chunk);
      sniffer.push(chunk);
      done(null, chunk);
    },
  });
  const output = createWriteStream(partial, { mode: 0o600 });
  output.write(Buffer.concat([MAGIC, Buffer.from([keyId.length]), keyId, iv]));
  const appendTag = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, chunk);
    },
    flush(done) {
      done(null, cipher.getAuthTag());
    },
  });
  try {
    await pipeline(source, inspect, cipher, appendTag, output);
  } catch (error) {
    await rm(partial, { force: true });
    if (error instanceof TooLarge) return { ok: false, problem: `is too large (more than ${describeSize(maxBytes)})` };
    throw error;
  }
  await rename(partial, target);
  return { ok: true, stored: { storageKey, keyId: ring.current, size, sha256: hash.digest("hex"), sniffer } };
}

/**
 * A stored attachment's plaintext as a stream, without holding the file in memory: the one reader of the
 * file layout. The GCM tag is checked when the stream ends; tampered bytes or a missing key fail it.
 */
export async function openDecrypted(storageKey: string, attachmentId: string, ring: Keyring = keyring()): Promise<Readable> {
  const file = attachmentPath(storageKey);
  const handle = await open(file, "r");
  let header: { keyId: string; iv: Buffer; start: number; tag: Buffer; end: number; bound: boolean };
  try {
    const { size } = await handle.stat();
    const fixed = Buffer.alloc(MAGIC.length + 1);
    await handle.read(fixed, 0, fixed.length, 0);
    const magic = fixed.subarray(0, MAGIC.length);
    if (!magic.equals(MAGIC) && !magic.equals(UNBOUND_MAGIC))
      throw new Error(`Attachment ${storageKey} is not an encrypted attachment file`);
    const keyIdLength = fixed[MAGIC.length]!;
    const rest = Buffer.alloc(keyIdLength + IV_BYTES);
    await handle.read(rest, 0, rest.length, fixed.length);
    const tag = Buffer.alloc(TAG_BYTES);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
    header = {
      keyId: rest.subarray(0, keyIdLength).toString("utf8"),
      iv: rest.subarray(keyIdLength),
      start: fixed.length + rest.length,
      tag,
      end: size - TAG_BYTES - 1,
      bound: magic.equals(MAGIC),
    };
  } finally {
    await handle.close();
  }
  const key = ring.keys.get(header.keyId);
  if (!key) throw new Error(`Encryption key "${header.keyId}" is not available`);
  const decipher = createDecipheriv("aes-256-gcm", key, header.iv);
  if (header.bound) decipher.setAAD(associatedData(attachmentId));
  decipher.setAuthTag(header.tag);
  const body =
    header.end >= header.start
      ? createReadStream(file, { start: header.start, end: header.end, highWaterMark: 64 * 1024 })
      : Readable.from([]);
  // Errors travel down the chain so whoever reads the returned stream sees them.
  body.on("error", (error: Error) => decipher.destroy(error));
  return body.pipe(decipher);
}

/** Decrypts a stored attachment into memory (one download, re-encryption). Throws when tampered with. */
export async function readDecrypted(storageKey: string, attachmentId: string, ring: Keyring = keyring()): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openDecrypted(storageKey, attachmentId, ring)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** True for a file written before attachments were bound to their row ("BDA1"): re-encryption rewrites it. */
export async function isUnboundFile(storageKey: string): Promise<boolean> {
  const handle = await open(attachmentPath(storageKey), "r");
  try {
    const magic = Buffer.alloc(UNBOUND_MAGIC.length);
    await handle.read(magic, 0, magic.length, 0);
    return magic.equals(UNBOUND_MAGIC);
  } finally {
    await handle.close();
  }
}

export async function removeStored(storageKey: string): Promise<void> {
  await rm(attachmentPath(storageKey), { force: true });
}
