import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { acceptInvitationSchema, firstAdminSchema } from "@/lib/schemas/accounts";
import { apiTokenCreateSchema, memberAddSchema, organizationCreateSchema, organizationSettingsSchema } from "@/lib/schemas/admin";
import { recipientInputSchema } from "@/lib/schemas/communication";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentDraftSchema, incidentPatchSchema } from "@/lib/schemas/incident";
import { commentAddSchema, taskCreateSchema, taskUpdateSchema, timelineEventAddSchema } from "@/lib/schemas/incident-work";
import { notificationDetailsSchema } from "@/lib/schemas/notification-details";
import { textProblem } from "@/lib/schemas/text-rules";

const now = new Date("2026-03-28T12:00:00Z");
const email = "dpo@praxis.example";

type Field = { schema: z.ZodType; base: Record<string, unknown>; path: string; kind: "name" | "title" | "text" };
const set = (base: Record<string, unknown>, dotted: string, value: string) => {
  const copy = structuredClone(base);
  const keys = dotted.split(".");
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return copy;
};

const invitation = { token: "t".repeat(20), name: "Jana Nováková" };
const firstAdmin = {
  token: "t".repeat(20),
  organizationName: "Cabinet Dupont",
  country: "FR",
  timeZone: "Europe/Paris",
  name: "Jana",
  email,
  password: "x",
  totpSecret: "s",
  totpCode: "123456",
};
const settings = {
  organizationId: "o1",
  name: "Cabinet Dupont",
  country: "FR",
  timeZone: "Europe/Paris",
  dpoName: "Dr. Müller",
  regimes: ["gdpr"],
};
const draft = { title: "Stolen laptop", awareAt: "2026-03-27T09:00:00Z", timeZone: "Europe/Paris", description: "It was in the car." };
const patch = { incidentId: "i1", version: 1, title: "Stolen laptop", description: "It was in the car." };
const details = { reporter: { name: "Jana", email, role: "dpo" }, otherParties: [{ name: "Cloud GmbH", role: "processor" }] };

/** Every field that is a name or a title, in every schema that has one, and some free text. */
const FIELDS: Record<string, Field> = {
  "invitation name": { schema: acceptInvitationSchema, base: invitation, path: "name", kind: "name" },
  "first administrator name": { schema: firstAdminSchema, base: firstAdmin, path: "name", kind: "name" },
  "first practice name": { schema: firstAdminSchema, base: firstAdmin, path: "organizationName", kind: "name" },
  "new practice name": { schema: organizationCreateSchema, base: { name: "Cabinet Dupont" }, path: "name", kind: "name" },
  "member name": {
    schema: memberAddSchema,
    base: { organization: "cabinet", email, role: "dpo", name: "Jana" },
    path: "name",
    kind: "name",
  },
  "API token name": { schema: apiTokenCreateSchema, base: { email, name: "Nightly export" }, path: "name", kind: "title" },
  "practice name in settings": { schema: organizationSettingsSchema, base: settings, path: "name", kind: "name" },
  "DPO name in settings": { schema: organizationSettingsSchema, base: settings, path: "dpoName", kind: "name" },
  "recipient name": { schema: recipientInputSchema, base: { name: "Jana Nováková" }, path: "name", kind: "name" },
  "incident title (draft)": { schema: incidentDraftSchema(now), base: draft, path: "title", kind: "title" },
  "incident title (change)": { schema: incidentPatchSchema, base: patch, path: "title", kind: "title" },
  "task title": { schema: taskCreateSchema, base: { incidentId: "i1", title: "Call the police" }, path: "title", kind: "title" },
  "task title (change)": { schema: taskUpdateSchema, base: { taskId: "t1", title: "Call the police" }, path: "title", kind: "title" },
  "reporter name": { schema: notificationDetailsSchema, base: details, path: "reporter.name", kind: "name" },
  "other party name": { schema: notificationDetailsSchema, base: details, path: "otherParties.0.name", kind: "name" },
  "incident description (draft)": { schema: incidentDraftSchema(now), base: draft, path: "description", kind: "text" },
  "incident description (change)": { schema: incidentPatchSchema, base: patch, path: "description", kind: "text" },
  "timeline summary": {
    schema: timelineEventAddSchema,
    base: { incidentId: "i1", kind: "note", happenedAt: "2026-03-27T09:00:00Z", summary: "Called" },
    path: "summary",
    kind: "text",
  },
  comment: { schema: commentAddSchema, base: { incidentId: "i1", body: "Seen" }, path: "body", kind: "text" },
};

function problemsAt(field: Field, value: string): string[] {
  const result = field.schema.safeParse(set(field.base, field.path, value));
  if (result.success) return [];
  return toFieldErrors(result.error)
    .filter((e) => e.field === field.path)
    .map((e) => e.problem);
}

describe.each(Object.entries(FIELDS))("%s", (_label, field) => {
  it("accepts the base input (accents included)", () => {
    const result = field.schema.safeParse(field.base);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it("rejects half a surrogate pair and control characters, naming the field", () => {
    for (const bad of ["Laptop \uD800 stolen", "Laptop \uDC00", "Laptop\u0000", "Laptop\u001B[31m", "Laptop\u0085x"]) {
      expect(problemsAt(field, bad)).toContain("contains an invalid character");
    }
  });

  if (field.kind !== "text") {
    it("must be on one line", () => {
      for (const bad of ["Cabinet\nDupont", "Cabinet\r\nDupont", "Cabinet\tDupont", "Cabinet\u2028Dupont"])
        expect(problemsAt(field, bad)).toContain("must be on one line");
    });
  } else {
    it("keeps line breaks and markup characters in free text", () => {
      expect(problemsAt(field, "Line one\nline two <b>as typed</b>")).toEqual([]);
    });
  }

  if (field.kind === "name") {
    it("takes no markup", () => {
      for (const bad of ["<b>Cabinet</b>", "<script>alert(1)</script>", "Dupont >"])
        expect(problemsAt(field, bad)).toContain("must not contain < or >");
    });
  }
});

describe("text rules", () => {
  it("accept whole emoji (a surrogate pair) and every European letter", () => {
    expect(textProblem("Příliš žluťoučký kůň, Æsop, Straße, œuvre 🙂", "name")).toBeNull();
  });

  it("reach every name and title field of lib/schemas: each such line uses a rule", () => {
    const dir = path.resolve(import.meta.dirname, "../../../lib/schemas");
    const unguarded: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      readFileSync(path.join(dir, file), "utf8")
        .split("\n")
        .forEach((line, index) => {
          if (!/^\s*\w*(name|Name|title|Title)\s*:\s*[^/]/.test(line)) return;
          if (/singleLine|titleSchema|taskTitle|personName|recipient\.name/.test(line)) return;
          unguarded.push(`${file}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(unguarded).toEqual([]);
  });
});
