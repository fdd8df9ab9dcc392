import { checkpointDue, signCheckpoint, type SignedCheckpoint } from "@/lib/domain/audit/checkpoint";
import type { Db } from "@/lib/db/client";
import { deploymentSigningKey } from "@/lib/server/signing/deployment-signing-key";
import type { Tx } from "@/lib/server/transaction";

export type CheckpointReason = "interval" | "packet.export" | "command";

/** Signs "entry seq had this hash, now" with the deployment's key and stores it beside the chain. */
export async function recordCheckpoint(
  db: Db | Tx,
  entry: { seq: number; hash: string },
  now: Date,
  reason: CheckpointReason,
): Promise<SignedCheckpoint> {
  const key = await deploymentSigningKey(db, now);
  const signed = signCheckpoint({ seq: entry.seq, headHash: entry.hash, at: now.toISOString(), keyId: key.keyId }, key.privateKey);
  await db.auditCheckpoint.create({ data: { ...signed, at: now, reason } });
  return signed;
}

/** Called for each entry appended, inside its transaction, so the entry and its checkpoint commit together. */
export async function checkpointIfDue(tx: Tx, head: { seq: number; hash: string }, now: Date): Promise<void> {
  const newest = await tx.auditCheckpoint.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, at: true } });
  if (checkpointDue(newest, { seq: head.seq, at: now })) await recordCheckpoint(tx, head, now, "interval");
}

/** A checkpoint of the chain's newest entry now (`breachdesk audit checkpoint`, e.g. from cron); null on an empty trail. */
export async function checkpointHead(db: Db, now: Date): Promise<SignedCheckpoint | null> {
  const head = await db.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  return head ? recordCheckpoint(db, head, now, "command") : null;
}
