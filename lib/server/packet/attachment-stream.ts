import { createDecipheriv, createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { keyring, type Keyring } from "@/lib/server/crypto/keyring";
import { attachmentPath } from "@/lib/server/incidents/attachment-store";

/*
 * An attachment's plaintext as a stream, for the packet: the file format of attachment-store.ts
 * ("BDA1" | key id length | key id | IV | ciphertext | tag) read without holding the file in memory
 * (readDecrypted buffers it, which is fine for one download but not for a 200 MB packet).
 * The GCM tag is checked at the end of the stream and the plaintext against the SHA-256 recorded at upload:
 * either failing destroys the stream, and the packet export fails rather than shipping altered evidence.
 */
const MAGIC = Buffer.from("BDA1", "latin1");
const IV_BYTES = 12;
const TAG_BYTES = 16;

export async function openDecryptedAttachment(storageKey: string, expectedSha256: string, ring: Keyring = keyring()): Promise<Readable> {
  const file = attachmentPath(storageKey);
  const handle = await open(file, "r");
  let keyId: string;
  let iv: Buffer;
  let tag: Buffer;
  let start: number;
  let end: number;
  try {
    const { size } = await handle.stat();
    const fixed = Buffer.alloc(MAGIC.length + 1);
    await handle.read(fixed, 0, fixed.length, 0);
    if (!fixed.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error(`Attachment ${storageKey} is not an encrypted attachment file`);
    const keyIdLength = fixed[MAGIC.length]!;
    const rest = Buffer.alloc(keyIdLength + IV_BYTES);
    await handle.read(rest, 0, rest.length, fixed.length);
    keyId = rest.subarray(0, keyIdLength).toString("utf8");
    iv = rest.subarray(keyIdLength);
    tag = Buffer.alloc(TAG_BYTES);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
    start = fixed.length + rest.length;
    end = size - TAG_BYTES - 1;
  } finally {
    await handle.close();
  }
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`Encryption key "${keyId}" is not available`);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAuthTag(tag);
  const hash = createHash("sha256");
  const check = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const digest = hash.digest("hex");
      done(digest === expectedSha256 ? null : new Error(`Attachment ${storageKey} does not match its recorded SHA-256: the stored file was altered`));
    },
  });
  const body = end >= start ? createReadStream(file, { start, end, highWaterMark: 64 * 1024 }) : Readable.from([]);
  // Errors travel down the chain so the packet writer sees them on the stream it reads.
  body.on("error", (error: Error) => decipher.destroy(error));
  decipher.on("error", (error: Error) => check.destroy(error));
  return body.pipe(decipher).pipe(check);
}
