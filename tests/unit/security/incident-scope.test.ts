import { describe, expect, it } from "vitest";
import { cliOperator, type Actor } from "@/lib/server/actor";
import { incidentScope } from "@/lib/server/incidents/incident-scope";

const dpo: Actor = {
  kind: "user",
  userId: "u1",
  email: "dpo@example.eu",
  memberships: [
    { organizationId: "org-a", role: "dpo" },
    { organizationId: "org-b", role: "dpo" },
  ],
  ip: null,
  via: "web",
};

describe("incidentScope", () => {
  it("scopes to every organisation of the actor", () => {
    expect(incidentScope(dpo)).toEqual({ organizationId: { in: ["org-a", "org-b"] } });
  });

  it("narrowed to one of the actor's organisations, names that one only", () => {
    expect(incidentScope(dpo, "org-b")).toEqual({ organizationId: "org-b" });
  });

  it("narrowed to an organisation the actor is not in, matches nothing", () => {
    expect(incidentScope(dpo, "org-z")).toEqual({ organizationId: { in: [] } });
  });

  it("gives an operator everything, or the one organisation chosen", () => {
    expect(incidentScope(cliOperator)).toEqual({});
    expect(incidentScope(cliOperator, "org-z")).toEqual({ organizationId: "org-z" });
  });

  it("gives a person with no organisation nothing, whatever is chosen", () => {
    const outsider: Actor = { ...dpo, memberships: [] };
    expect(incidentScope(outsider)).toEqual({ organizationId: { in: [] } });
    expect(incidentScope(outsider, "org-a")).toEqual({ organizationId: { in: [] } });
  });
});
