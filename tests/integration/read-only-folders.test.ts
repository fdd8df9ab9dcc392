import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { ensureEncryptionKeys } from "@/lib/server/crypto/ensure-keys";
import { resetKeyringCache } from "@/lib/server/crypto/keyring";
import { addAttachment } from "@/lib/server/incidents/attachments/add-attachment";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { exportPacket } from "@/lib/server/packet/export-packet";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * A folder the app cannot write to (here a file stands where the folder should be: the tests run as root,
 * for whom permissions do not block writes) gives the person a sentence saying what failed and whom to
 * tell, not an empty 500.
 */
let ctx: TestContext;
let incidentId: string;
let manager: Actor;
let dpo: Actor;

beforeAll(async () => {
  ctx = await createTestContext();
  const dataDir = mkdtempSync(path.join(tmpdir(), "bd-folders-"));
  process.env.BREACHDESK_DATA_DIR = dataDir;
  resetKeyringCache();
  await ensureEncryptionKeys(ctx.db);
  writeFileSync(path.join(dataDir, "attachments"), "");
  writeFileSync(path.join(dataDir, "exports"), "");
  const org = await ctx.db.organization.create({ data: { slug: "practice-ro", name: "Practice RO" } });
  const people = await Promise.all(
    (["manager", "dpo"] as const).map(async (role) => {
      const user = await ctx.db.user.create({ data: { email: `${role}@ro.example`, name: role } });
      await ctx.db.membership.create({ data: { userId: user.id, organizationId: org.id, role } });
      return {
        kind: "user",
        userId: user.id,
        email: user.email,
        memberships: [{ organizationId: org.id, role }],
        ip: null,
        via: "web",
      } as Actor;
    }),
  );
  [manager, dpo] = people as [Actor, Actor];
  const created = await createIncident(ctx, manager, { title: "Stolen laptop", awareAt: "2026-03-27T10:00:00Z", timeZone: "Europe/Paris" });
  if (!created.ok) throw new Error(JSON.stringify(created));
  incidentId = created.value.id;
});
afterAll(async () => ctx.close());

describe("a data folder the app cannot write to", () => {
  it("refuses an upload with a sentence on the file field", async () => {
    const file = new File([Buffer.from("%PDF-1.7\n%%EOF\n", "latin1")], "scan.pdf", { type: "application/pdf" });
    // On PostgreSQL the bytes go into the database: the folder plays no part.
    if (ctx.provider === "postgresql") return expect(await addAttachment(ctx, manager, { incidentId, file })).toMatchObject({ ok: true });
    expect(await addAttachment(ctx, manager, { incidentId, file })).toEqual({
      ok: false,
      error: "invalid",
      fields: [
        {
          field: "file",
          problem: "The file could not be saved: the server's attachments folder is not a folder. Please tell your administrator.",
        },
      ],
    });
  });

  it("refuses a packet export with a sentence", async () => {
    if (ctx.provider === "postgresql") return expect(await exportPacket(ctx, dpo, { incidentId })).toMatchObject({ ok: true });
    expect(await exportPacket(ctx, dpo, { incidentId })).toEqual({
      ok: false,
      error: "conflict",
      message: "The packet could not be saved: the server's exports folder is not a folder. Please tell your administrator.",
    });
  });
});
