import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { exportPacket, readExportedPacket } from "@/lib/server/packet/export-packet";
import { exportsDirectory, packetPath, PACKET_LIFETIME_MS, sweepExpiredPackets } from "@/lib/server/packet/packet-store";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * Exported packets are decrypted copies of an incident's file: they leave the data folder a day after the
 * export, whether or not anyone downloaded them.
 */
const HOUR = 3_600_000;
let ctx: TestContext;
let dpo: Actor;
let incidentId: string;
const previousDataDir = process.env.BREACHDESK_DATA_DIR;
const previousKeys = process.env.BREACHDESK_ENCRYPTION_KEYS;

/** Sets a file's modification time `hours` back from now, as if written then. */
function age(file: string, hours: number) {
  const then = new Date(Date.now() - hours * HOUR);
  utimesSync(file, then, then);
}

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
    const old = packetPath("a".repeat(32));
    const fresh = packetPath("b".repeat(32));
    const deadPart = `${packetPath("c".repeat(32))}.part`;
    const other = path.join(exportsDirectory(), "README.txt");
    for (const file of [old, fresh, deadPart, other]) writeFileSync(file, "PK");
    age(old, 25);
    age(deadPart, 25);
    age(other, 25);
    age(fresh, 23);

    expect((await sweepExpiredPackets()).sort()).toEqual([`${"a".repeat(32)}.zip`, `${"c".repeat(32)}.zip.part`]);
    expect([old, fresh, deadPart, other].map(existsSync)).toEqual([false, true, false, true]);
    expect(PACKET_LIFETIME_MS).toBe(24 * HOUR);
  });

  it("an export sweeps the expired ones, and a download of an expired packet says to export again", async () => {
    const first = value(await exportPacket(ctx, dpo, { incidentId }));
    expect(existsSync(packetPath(first.exportId))).toBe(true);
    expect(value(await readExportedPacket(ctx, dpo, { incidentId, exportId: first.exportId })).size).toBe(first.size);
    age(packetPath(first.exportId), 25);

    const second = value(await exportPacket(ctx, dpo, { incidentId }));
    expect(existsSync(packetPath(first.exportId))).toBe(false);
    expect(existsSync(packetPath(second.exportId))).toBe(true);
    expect(await readExportedPacket(ctx, dpo, { incidentId, exportId: first.exportId })).toMatchObject({
      ok: false,
      error: "not_found",
      message: "That packet is no longer on the server: export it again.",
    });
  });
});
