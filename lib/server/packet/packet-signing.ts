import type { SignedCheckpoint } from "@/lib/domain/audit/checkpoint";
import { signBytes } from "@/lib/domain/audit/signature";
import type { PacketSigner } from "@/lib/documents/packet/packet-signature";
import type { Db } from "@/lib/db/client";
import { recordCheckpoint } from "@/lib/server/audit/audit-checkpoints";
import type { SigningKey } from "@/lib/server/signing/signing-key-file";

/** Where the deployment publishes its public key (app/api/signing-key), named in each packet's VERIFY.txt. */
export const SIGNING_KEY_ROUTE = "/api/signing-key";

export function packetSigner(key: SigningKey, appUrl: string): PacketSigner {
  return {
    keyId: key.keyId,
    publicKeyPem: key.publicKeyPem,
    sign: (message) => signBytes(key.privateKey, message),
    publishedAt: `${appUrl}${SIGNING_KEY_ROUTE}`,
  };
}

/**
 * Signs a checkpoint of the extract's last entry and stores it with the others, so the packet's copy and the
 * database's can be compared later: `audit verify` then also vouches for what the packet showed.
 */
export async function checkpointOfExtract(db: Db, lastSeq: number, now: Date): Promise<SignedCheckpoint> {
  const entry = await db.auditEntry.findUniqueOrThrow({ where: { seq: lastSeq }, select: { seq: true, hash: true } });
  return recordCheckpoint(db, entry, now, "packet.export");
}
