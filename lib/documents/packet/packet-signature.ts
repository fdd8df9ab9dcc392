import type { KeyObject } from "node:crypto";
import { z } from "zod";
import { CHECKPOINT_FORMAT, type SignedCheckpoint } from "@/lib/domain/audit/checkpoint";

/*
 * The packet's own signature, checkable without Breachdesk: MANIFEST.sha256 lists every other file in the
 * format `sha256sum -c` reads, MANIFEST.sha256.sig is the raw 64-byte Ed25519 signature over exactly those
 * bytes (`openssl pkeyutl -verify -rawin`), signing-key.pem the public key, VERIFY.txt the steps.
 */
export const CHECKSUMS_PATH = "MANIFEST.sha256";
export const SIGNATURE_PATH = "MANIFEST.sha256.sig";
export const PUBLIC_KEY_PATH = "signing-key.pem";
export const VERIFY_PATH = "VERIFY.txt";
export const CHECKPOINT_PATH = "audit-checkpoint.json";

/** Who signs: the deployment's key, handed in by the server (lib/documents never reads key files). */
export interface PacketSigner {
  /** SHA-256 of the raw public key, hex. */
  keyId: string;
  publicKeyPem: string;
  sign(message: Buffer): Buffer;
  /** Where the deployment publishes its key, for VERIFY.txt (e.g. https://breachdesk.example.org/api/signing-key). */
  publishedAt?: string;
}

/** `<sha256>  <path>` per line: two spaces (text mode), paths as written in the ZIP (never a newline or backslash). */
export function checksumList(files: readonly { path: string; sha256: string }[]): Buffer {
  return Buffer.from(files.map((file) => `${file.sha256}  ${file.path}\n`).join(""), "utf8");
}

const CHECKSUM_LINE = /^([0-9a-f]{64}) [ *](.+)$/;

export type ParsedChecksums = { ok: true; files: Map<string, string> } | { ok: false; line: number; reason: string };

export function parseChecksumList(bytes: Buffer): ParsedChecksums {
  const files = new Map<string, string>();
  const lines = bytes.toString("utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  for (let index = 0; index < lines.length; index += 1) {
    const match = CHECKSUM_LINE.exec(lines[index]!);
    if (!match) return { ok: false, line: index + 1, reason: "not `<sha256>  <path>`" };
    if (files.has(match[2]!)) return { ok: false, line: index + 1, reason: `${match[2]} listed twice` };
    files.set(match[2]!, match[1]!);
  }
  return { ok: true, files };
}

export const signedCheckpointSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  seq: z.number().int().positive(),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().min(1),
  keyId: z.string().regex(/^[0-9a-f]{64}$/),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, "must be a base64 Ed25519 signature"),
});

export function checkpointFile(checkpoint: SignedCheckpoint): string {
  const { seq, headHash, at, keyId, signature } = checkpoint;
  return `${JSON.stringify({ format: CHECKPOINT_FORMAT, seq, headHash, at, keyId, signature }, null, 2)}\n`;
}

/** The trusted key a verifier compares with, and where it came from (for the report). */
export interface TrustedKey {
  keyId: string;
  publicKey: KeyObject;
  source: "given" | "deployment";
}

/** Step by step, for a lawyer or an authority with a terminal and no Breachdesk. */
export function verifyInstructions(signer: Pick<PacketSigner, "keyId" | "publishedAt">, incidentReference: string): string {
  const published = signer.publishedAt
    ? `The practice publishes its key at ${signer.publishedAt} (and can print it with \`breachdesk signing-key show\`).`
    : "Ask the practice for the fingerprint of its signing key (`breachdesk signing-key show` prints it).";
  return `How to check this packet (${incidentReference}) without Breachdesk
=====================================================================

This packet is signed with an Ed25519 key whose fingerprint (SHA-256 of the raw public key) is:

    ${signer.keyId}

The public key is in ${PUBLIC_KEY_PATH}. That copy proves nothing on its own: anyone can make a key and sign a
packet with it. The signature shows who made the packet only once you have compared the fingerprint above
with the one the practice published, over a channel you trust. ${published}

Needs: sha256sum (GNU coreutils) and OpenSSL 3.0 or later. On a Mac, type \`shasum -a 256\` wherever
\`sha256sum\` is written, and install OpenSSL 3 (for example \`brew install openssl@3\`): the \`openssl\` that comes
with macOS cannot check this kind of signature. On Windows, use WSL or Git Bash, which include both tools.

1. Unzip the packet into an empty folder and open a terminal there.

2. Check every file against the list of checksums:

       sha256sum -c ${CHECKSUMS_PATH}

   Every line must end in "OK".

3. Check that the list was signed with the key in ${PUBLIC_KEY_PATH}:

       openssl pkeyutl -verify -pubin -inkey ${PUBLIC_KEY_PATH} -rawin -in ${CHECKSUMS_PATH} -sigfile ${SIGNATURE_PATH}

   It must print "Signature Verified Successfully".

4. Check that the key is the practice's: this must print the fingerprint above, which must be the one the
   practice published:

       openssl pkey -pubin -in ${PUBLIC_KEY_PATH} -outform DER | tail -c 32 | sha256sum

5. Optional, with Breachdesk: \`breachdesk verify-packet <packet.zip> --key <published-key.pem>\` does all of
   the above and also re-computes every entry of the audit-trail extract (audit.jsonl) and checks it against the
   signed audit checkpoint in ${CHECKPOINT_PATH}.

What this proves: the files are exactly those the holder of the key signed. What it does not prove: that
their content is true, or that the key was not stolen; and the audit extract shows the practice's record
only up to the checkpoint it carries.
`;
}
