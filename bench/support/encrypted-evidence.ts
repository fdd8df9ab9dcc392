import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";

/*
 * An incident with evidence stored as an upload stores it: encrypted, streamed through the deployment's store
 * (the data folder on SQLite, the database on PostgreSQL). lib/ is loaded inside the functions, not at the top:
 * a bench sets its environment (the scratch data folder) before lib/ loads.
 */

const MB = 1024 * 1024;
const DPO_EMAIL = "dpo@evidence-bench.invalid";

/** Random bytes produced 1 MB at a time, so making the input never holds a whole file. */
function randomStream(size: number): Readable {
  return Readable.from(
    (function* () {
      for (let made = 0; made < size; made += MB) yield randomBytes(Math.min(MB, size - made));
    })(),
  );
}

/** Migrates the database at `url` and stores `files` attachments of `totalBytes` together on one incident. */
export async function seedEncryptedEvidence(url: string, totalBytes: number, files: number): Promise<void> {
  const { applyMigrations } = await import("../../lib/db/migrate");
  const { openDb } = await import("../../lib/db/client");
  const { readEnv } = await import("../../lib/config/env");
  const { ensureEncryptionKeys } = await import("../../lib/server/crypto/ensure-keys");
  const { createIncident } = await import("../../lib/server/incidents/create-incident");
  const { storeEncrypted } = await import("../../lib/server/incidents/attachments/attachment-store");
  const { blobStore } = await import("../../lib/server/storage/blob-store");
  const { at, seal } = await import("../../lib/server/crypto/sealed-text");
  const { newRowId } = await import("../../lib/server/crypto/new-row-id");
  await applyMigrations(url);
  const { db, provider } = await openDb(url);
  try {
    await ensureEncryptionKeys(db);
    const ctx = { db, provider, env: readEnv({ APP_URL: "https://bench.invalid" }), now: () => new Date() };
    const org = await db.organization.create({
      data: { slug: "evidence-bench", name: "Bench Practice", dpoName: "Bench DPO", dpoEmail: DPO_EMAIL },
    });
    const user = await db.user.create({ data: { email: DPO_EMAIL, name: "Bench DPO" } });
    await db.membership.create({ data: { userId: user.id, organizationId: org.id, role: "dpo" } });
    const created = await createIncident(ctx, await evidenceDpo(db), {
      title: "Bench incident",
      awareAt: new Date(Date.now() - 3_600_000).toISOString(),
      timeZone: "Europe/Paris",
      facts: { breachTypes: ["availability"] },
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const fileSize = Math.floor(totalBytes / files);
    for (let index = 0; index < files; index++) {
      const attachmentId = newRowId();
      const stored = await storeEncrypted(blobStore(ctx), randomStream(fileSize), fileSize + 1, attachmentId);
      if (!stored.ok) throw new Error(stored.problem);
      await db.attachment.create({
        data: {
          id: attachmentId,
          incidentId: created.value.id,
          fileName: seal(`evidence-${index + 1}.bin`, at("attachment", "fileName", attachmentId)),
          contentType: "application/octet-stream",
          size: stored.stored.size,
          sha256: stored.stored.sha256,
          storageKey: stored.stored.storageKey,
          keyId: stored.stored.keyId,
          purpose: "evidence",
          uploadedById: user.id,
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

type Db = Awaited<ReturnType<typeof import("../../lib/db/client").openDb>>["db"];

/** The seeded practice's DPO, as a signed-in person's actor. */
export async function evidenceDpo(db: Db) {
  const user = await db.user.findUniqueOrThrow({ where: { email: DPO_EMAIL }, include: { memberships: true } });
  return {
    kind: "user" as const,
    userId: user.id,
    email: user.email,
    memberships: [{ organizationId: user.memberships[0]!.organizationId, role: "dpo" as const }],
    ip: null,
    via: "web" as const,
  };
}
