import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { exportPacket, readExportedPacket } from "@/lib/server/packet/export-packet";
import { exportsDirectory, packetPath, PACKET_LIFETIME_MS, sweepExpiredPackets } from "@/lib/server/packet/packet-store";
import { blobStore } from "@/lib/server/storage/blob-store";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * Exported packets are decrypted copies of an incident's file: they leave the store (the data folder on SQLite,
 * the database on PostgreSQL) a day after the export, whether or not anyone downloaded them.
 */
const HOUR = 3_600_000;
let ctx: TestContext;
let dpo: Actor;
let incidentId: string;
const previousDataDir = process.env.BREACHDESK_DATA_DIR;
const previousKeys = process.env.BREACHDESK_ENCRYPTION_KEYS;

/** Makes a stored packet look written `hours` ago: the file's modification time, or the row's createdAt. */
async function age(exportId: string, hours: number, part = false) {
  const then = new Date(Date.now() - hours * HOUR);
  if (blobStore(ctx).kind === "folder") utimesSync(`${packetPath(exportId)}${part ? ".part" : ""}`, then, then);
  else await ctx.db.storedBlob.update({ where: { id: `exports/${exportId}` }, data: { createdAt: then } });
}

/** A stored packet (or the piece of one whose export died), as the store keeps it. */
async function storePacket(exportId: string, part = false) {
  if (blobStore(ctx).kind === "folder") writeFileSync(`${packetPath(exportId)}${part ? ".part" : ""}`, "PK");
  else await ctx.db.storedBlob.create({ data: { id: `exports/${exportId}`, size: 2, complete: !part } });
}

const stored = async (exportId: string) => (await blobStore(ctx).size("exports", exportId)) !== null;

beforeAll(async () => {
  ctx = await createTestContext();
  // A data folder of this file's own: the sweep must not touch other test files' packets. The keys stay
  // the run's (from the environment or the shared key file), so only the exports move here.
  if (!previousKeys)
    process.env.BREACHDESK_ENCRYPTION_KEYS = JSON.stringify((await import("@/lib/server/crypto/key-source")).readKeySource().content);
  process.env.BREACHDESK_DATA_DIR = mkdtempSync(path.join(tmpdir(), "bd-packets-"));
  const org = await practice(ctx, "expiry");
  dpo = await person(ctx, "expiry-dpo", org.id, "dpo");
  incidentId = await incidentIn(ctx, org.id, (dpo as { userId: string }).userId, "BD-2026-0001");
});
afterAll(async () => {
  process.env.BREACHDESK_DATA_DIR = previousDataDir;
  if (previousDataDir === undefined) delete process.env.BREACHDESK_DATA_DIR;
  if (previousKeys === undefined) delete process.env.BREACHDESK_ENCRYPTION_KEYS;
  await ctx.close();
});

describe("exported packets", () => {
  it("are deleted a day after they were written, with parts of exports that died; newer ones and other files stay", async () => {
    mkdirSync(exportsDirectory(), { recursive: true });
    const [old, fresh, dead] = ["a", "b", "c"].map((letter) => letter.repeat(32)) as [string, string, string];
    const other = path.join(exportsDirectory(), "README.txt");
    writeFileSync(other, "PK");
    utimesSync(other, new Date(Date.now() - 25 * HOUR), new Date(Date.now() - 25 * HOUR));
    await storePacket(old);
    await storePacket(fresh);
    await storePacket(dead, true);
    await age(old, 25);
    await age(dead, 25, true);
    await age(fresh, 23);

    expect((await sweepExpiredPackets(new Date(), PACKET_LIFETIME_MS, blobStore(ctx))).sort()).toEqual([`${old}.zip`, `${dead}.zip.part`]);
    expect([await stored(old), await stored(fresh), existsSync(other)]).toEqual([false, true, true]);
    expect(await ctx.db.storedBlob.count({ where: { id: `exports/${dead}` } })).toBe(0);
    expect(existsSync(`${packetPath(dead)}.part`)).toBe(false);
    expect(PACKET_LIFETIME_MS).toBe(24 * HOUR);
  });

  it("an export sweeps the expired ones, and a download of an expired packet says to export again", async () => {
    const first = value(await exportPacket(ctx, dpo, { incidentId }));
    expect(await stored(first.exportId)).toBe(true);
    expect(value(await readExportedPacket(ctx, dpo, { incidentId, exportId: first.exportId })).size).toBe(first.size);
    await age(first.exportId, 25);

    const second = value(await exportPacket(ctx, dpo, { incidentId }));
    expect(await stored(first.exportId)).toBe(false);
    expect(await stored(second.exportId)).toBe(true);
    // On PostgreSQL the packet is in the database only: any instance can hand it out.
    expect(existsSync(packetPath(second.exportId))).toBe(ctx.provider !== "postgresql");
    expect(await readExportedPacket(ctx, dpo, { incidentId, exportId: first.exportId })).toMatchObject({
      ok: false,
      error: "not_found",
      message: "That packet is no longer on the server: export it again.",
    });
  });
});
