import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeTransaction } from "@/lib/server/transaction";
import { createTestContext, integrationProvider, type TestContext } from "./support/test-context";

/*
 * SQLite settings are per connection. The app sets them once when it opens the database, so they hold only
 * if every later statement runs on that same connection. They did not: the driver the Prisma adapter came
 * with opened a fresh connection after each transaction, where the busy timeout was 0 (a second process
 * writing made statements fail at once with "database busy") and synchronous was FULL.
 */
describe.runIf(integrationProvider() === "sqlite")("the SQLite connection", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  async function settings() {
    const read = async (pragma: string) =>
      Number(Object.values((await ctx.db.$queryRawUnsafe<Array<Record<string, unknown>>>(`PRAGMA ${pragma}`))[0]!)[0]);
    return {
      busyTimeout: await read("busy_timeout"),
      synchronous: await read("synchronous"),
      foreignKeys: await read("foreign_keys"),
      journalMode: await ctx.db.$queryRawUnsafe<Array<{ journal_mode: string }>>("PRAGMA journal_mode"),
    };
  }

  it("keeps the busy timeout, synchronous = NORMAL and foreign keys after transactions of every kind", async () => {
    const expected = { busyTimeout: 10_000, synchronous: 1, foreignKeys: 1, journalMode: [{ journal_mode: "wal" }] };
    expect(await settings()).toEqual(expected);
    for (let round = 0; round < 5; round++) {
      await ctx.db.$transaction(async (tx) => tx.organization.count());
      expect(await settings()).toEqual(expected);
      await ctx.db.$transaction([ctx.db.organization.count(), ctx.db.user.count()]);
      expect(await settings()).toEqual(expected);
      await writeTransaction(ctx.db, ctx.provider, async (tx) => tx.organization.count());
      expect(await settings()).toEqual(expected);
    }
    // Inside a transaction too: the statements of a transaction run on the same connection.
    const inside = await ctx.db.$transaction(async (tx) =>
      Number(Object.values((await tx.$queryRawUnsafe<Array<Record<string, unknown>>>("PRAGMA busy_timeout"))[0]!)[0]),
    );
    expect(inside).toBe(10_000);
  });

  it("lets a batch transaction wait more than Prisma's default 2 s for the one connection", async () => {
    // The outbox's claim and sent records are batch transactions: they queue behind whatever holds the connection.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const long = ctx.db.$transaction(async (tx) => {
      await tx.organization.count();
      await held;
    });
    const started = performance.now();
    const batch = ctx.db.$transaction([ctx.db.organization.count(), ctx.db.user.count()]);
    setTimeout(release, 2_500);
    await long;
    expect(await batch).toEqual([expect.any(Number), expect.any(Number)]);
    expect(performance.now() - started).toBeGreaterThan(2_400);
  }, 15_000);
});
