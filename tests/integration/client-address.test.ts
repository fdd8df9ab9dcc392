import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cliOperator } from "@/lib/server/actor";
import { authOptions } from "@/lib/server/auth/auth-options";
import { PEER_ADDRESS_HEADER } from "@/lib/server/auth/peer-address-header";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * Sign-in through next-auth's credentials check, as the server calls it: the request's headers decide
 * which per-address throttle counts the attempt and which address the audit trail records.
 */
let ctx: TestContext;
vi.mock("@/lib/server/service-context", async (original) => ({
  ...(await original<typeof import("@/lib/server/service-context")>()),
  defaultContext: async () => ctx,
}));

type Authorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = () => (authOptions().providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

async function attempt(index: number, headers: Record<string, string>): Promise<string> {
  try {
    await authorize()({ email: `guess-${index}@example.org`, password: "not the password", code: "" }, { headers });
    return "signed in";
  } catch (error) {
    return (error as Error).message.split(":")[0]!;
  }
}

beforeAll(async () => {
  ctx = await createTestContext();
  await createOrganization(ctx, cliOperator, { name: "Praxis Adresse" });
});
afterEach(() => {
  delete process.env.BREACHDESK_TRUSTED_PROXIES;
});
afterAll(async () => ctx.close());

describe("the address a sign-in attempt is counted and audited under", () => {
  it("without a trusted proxy: a new X-Forwarded-For on every guess neither escapes the throttle nor reaches the audit trail", async () => {
    const outcomes = [];
    for (let index = 0; index < 25; index++) {
      outcomes.push(await attempt(index, { [PEER_ADDRESS_HEADER]: "198.51.100.23", "x-forwarded-for": `203.0.113.${index}` }));
    }
    // 20 free failures per address, the 21st sets the first delay: the last four wait.
    expect(outcomes.filter((outcome) => outcome === "throttled")).toHaveLength(4);
    expect(outcomes.slice(0, 21).every((outcome) => outcome === "invalid")).toBe(true);
    const addresses = await ctx.db.auditEntry.findMany({ where: { action: { startsWith: "signin." } }, select: { ip: true } });
    expect(new Set(addresses.map((entry) => entry.ip))).toEqual(new Set(["198.51.100.23"]));
    // Another connection is not locked out by these guesses.
    expect(await attempt(99, { [PEER_ADDRESS_HEADER]: "192.0.2.200", "x-forwarded-for": "198.51.100.23" })).toBe("invalid");
  });

  it("behind a trusted proxy: the right-most address the proxies did not write themselves", async () => {
    process.env.BREACHDESK_TRUSTED_PROXIES = "10.0.0.0/8";
    await attempt(100, { [PEER_ADDRESS_HEADER]: "10.0.0.5", "x-forwarded-for": "6.6.6.6, 192.0.2.44, 10.0.0.9" });
    const last = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "signin.failure" }, orderBy: { seq: "desc" } });
    expect(last.ip).toBe("192.0.2.44");
  });
});
