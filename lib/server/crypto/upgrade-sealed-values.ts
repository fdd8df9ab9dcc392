import { createHash } from "node:crypto";
import type { ServiceContext } from "@/lib/server/service-context";
import { ENCRYPTED_COLUMNS, ONCE_PLAINTEXT_COLUMNS, type EncryptedTable } from "./encrypted-columns";
import { keyring } from "./keyring";
import { reencryptAttachmentFiles } from "./reencrypt-attachment-files";
import { reencryptTable } from "./reencrypt-column-values";

const STATE_KEY = "sealed-values-format";

/** Changes whenever the list of encrypted columns does, so a newly encrypted column is sealed at the next start. */
function formatFingerprint(): string {
  const columns = JSON.stringify({ ENCRYPTED_COLUMNS, ONCE_PLAINTEXT_COLUMNS });
  return `enc2 BDA2 ${createHash("sha256").update(columns).digest("hex").slice(0, 16)}`;
}

export interface SealedValuesUpgrade {
  /** False when an earlier start already finished it. */
  ran: boolean;
  /** Values sealed or rewritten: in clear before, unbound ("enc1"), or under an older key. */
  values: number;
  files: number;
  /** Rows changed by someone else meanwhile: the next start tries again. */
  unfinished: number;
}

/**
 * Brings every stored value to the current format before the app serves: text still in clear in a column
 * encrypted since (titles, rationales...) is sealed, and "enc1"/"BDA1" values are rewritten bound to their
 * row. Batches of rows, each in its own transaction and written only if unchanged since read, so an
 * interrupted run loses nothing and the next start continues; once a run finishes, a marker skips it.
 */
export async function upgradeSealedValues(
  ctx: Pick<ServiceContext, "db" | "provider" | "env" | "now">,
  options: { batchSize?: number } = {},
): Promise<SealedValuesUpgrade> {
  const fingerprint = formatFingerprint();
  const stored = await ctx.db.systemState.findUnique({ where: { key: STATE_KEY } });
  if (stored?.value === fingerprint) return { ran: false, values: 0, files: 0, unfinished: 0 };
  const ring = keyring();
  const batchSize = options.batchSize ?? 200;
  let values = 0;
  let unfinished = 0;
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    const done = await reencryptTable(ctx, table, ring, { batchSize });
    values += done.reencrypted;
    unfinished += done.changedMeanwhile;
  }
  const files = await reencryptAttachmentFiles(ctx, ring, { batchSize, includeUnbound: true });
  // A missing attachment file cannot be fixed by running again, so it does not hold the marker back.
  unfinished += files.changedMeanwhile;
  if (unfinished === 0) {
    await ctx.db.systemState.upsert({
      where: { key: STATE_KEY },
      create: { key: STATE_KEY, value: fingerprint },
      update: { value: fingerprint },
    });
  }
  return { ran: true, values, files: files.reencrypted, unfinished };
}
