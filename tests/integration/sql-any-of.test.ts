import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlParameters } from "@/lib/db/sql-parameters";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * `isAnyOf` passes a whole list of texts as one parameter (lib/db/sql-parameters.ts): it must match exactly the
 * listed values, whatever characters they hold (the array and JSON syntaxes' own quotes, commas, braces and
 * backslashes included), nothing for an empty list, and lists far beyond the databases' limits on placeholders.
 */
let ctx: TestContext;
const awkward = [`quote"d`, "comma,separated", "{braced}", "back\\slash", "NULL", "accentué", "'single'", " spaced "];
const many = Array.from({ length: 40_000 }, (_, i) => `bulk-${i}`);

async function idsAmong(list: readonly string[], before = "", beforeValue?: string): Promise<string[]> {
  const { values, param, isAnyOf } = sqlParameters(ctx.provider);
  // A placeholder before the list, as in the services' statements: positional ones must stay in order.
  const first = beforeValue === undefined ? "" : `"name" <> ${param(beforeValue)} AND `;
  const rows = await ctx.db.$queryRawUnsafe<Array<{ id: string }>>(
    `SELECT "id" FROM "Organization" WHERE ${before}${first}${isAnyOf(`"id"`, list)} ORDER BY "id"`,
    ...values,
  );
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  ctx = await createTestContext();
  for (const [index, id] of [...awkward, "unlisted", "bulk-39999"].entries())
    await ctx.db.organization.create({ data: { id, slug: `p-${index}`, name: `Practice ${index}` } });
});
afterAll(async () => ctx?.close());

describe("isAnyOf", () => {
  it("matches exactly the listed values, whatever characters they hold", async () => {
    expect(await idsAmong(awkward)).toEqual([...awkward].sort());
    for (const id of awkward) expect(await idsAmong([id])).toEqual([id]);
  });

  it("matches nothing for an empty list, and ignores listed values no row has", async () => {
    expect(await idsAmong([])).toEqual([]);
    expect(await idsAmong(["nobody", `quote"d`.toUpperCase()])).toEqual([]);
  });

  it("keeps placeholders in order beside it, and takes a list beyond the databases' placeholder limits", async () => {
    expect(await idsAmong(["unlisted", "NULL"], "", "Practice 4")).toEqual(["unlisted"]);
    expect(await idsAmong(many)).toEqual(["bulk-39999"]);
  });
});
