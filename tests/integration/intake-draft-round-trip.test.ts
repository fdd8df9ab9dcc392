import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREFILLED_PATHS } from "@/components/incidents/intake/intake-prefilled";
import {
  emptyIntakeValues,
  intakeFromValues,
  valuesFromIncident,
  type IntakeFormValues,
} from "@/components/incidents/intake/intake-values";
import { FACT_QUESTIONS } from "@/lib/domain/risk/questions";
import { isAnswered } from "@/lib/schemas/assumed-facts";
import type { Actor } from "@/lib/server/actor";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { draftPatchOf } from "@/lib/server/incidents/draft-patch";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import type { ServiceResult } from "@/lib/server/result";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * Issue 17: a resumed draft must hold exactly what was saved. Random answers for every input of the intake
 * (the fact inputs are found by walking the form's values, so a new question is covered without editing
 * this file), saved as the autosave does, created then updated, and read back as the wizard does.
 */
let ctx: TestContext;
let manager: Actor;
const SLUG = "cabinet-dubois";
const ZONES = ["Europe/Paris", "Europe/Prague", "Europe/Dublin"];

/** A small seeded generator, so a failure names a case that can be replayed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  const some = <T>(list: readonly T[]): T[] => list.filter(() => next() < 0.4);
  const words = () =>
    Array.from({ length: int(1, 6) }, () => pick(["lettre", "serveur", "Dubois", "résultats", "ordonnance", "x-ray", "ÚOOÚ", "clé"])).join(
      " ",
    );
  return { next, int, pick, some, words };
}

function leaves(object: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? leaves(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function setAt(object: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  const last = keys.pop()!;
  let target = object;
  for (const key of keys) target = target[key] as Record<string, unknown>;
  target[last] = value;
}

/** A local "YYYY-MM-DDTHH:mm" in January or February 2026: no change of clocks, so every minute exists once. */
function localTime(minutes: number): string {
  return new Date(Date.UTC(2026, 0, 5, 0, 0) + minutes * 60_000).toISOString().slice(0, 16);
}

function randomValues(seed: number): { values: IntakeFormValues; timeZone: string } {
  const random = generator(seed);
  const values = emptyIntakeValues(SLUG);
  for (const path of leaves(values.facts as unknown as Record<string, unknown>)) {
    const question = FACT_QUESTIONS.find((candidate) => candidate.field === path);
    if (!question) throw new Error(`no generator for the intake input facts.${path}: add its question kind here`);
    const options = question.options.map((option) => String(option.value));
    const answer = {
      single: () => (random.next() < 0.3 ? "" : random.pick(options)),
      multiple: () => random.some(options),
      yes_no: () => random.pick(["", "true", "false"]),
      count: () => (random.next() < 0.3 ? "" : String(random.int(0, 20_000))),
      hours_or_not_yet: () => (random.next() < 0.3 ? "" : String(random.int(0, 400))),
    }[question.answer]();
    setAt(values.facts as unknown as Record<string, unknown>, path, answer);
  }
  // Times in their legal order, each sometimes left empty (awareness is what a draft needs).
  const occurred = random.int(0, 20_000);
  const discovered = occurred + random.int(0, 5_000);
  const aware = discovered + random.pick([0, 30, 59, 61, 3_000]);
  values.occurredAt = random.next() < 0.4 ? "" : localTime(occurred);
  values.discoveredAt = random.next() < 0.2 ? "" : localTime(discovered);
  values.awareAt = localTime(aware);
  values.ongoing = random.pick(["", "true", "false"]);
  values.containedAt = values.ongoing === "true" || random.next() < 0.4 ? "" : localTime(discovered + random.int(0, 9_000));
  values.title = `Draft ${random.words()}`;
  for (const field of ["description", "discoveryMethod", "containment"] as const) values[field] = random.next() < 0.3 ? "" : random.words();
  values.awarenessDelayReason = values.discoveredAt && aware - discovered > 60 ? random.words() : random.next() < 0.5 ? "" : random.words();
  const timeZone = random.pick(ZONES);
  const { input } = intakeFromValues(values, timeZone, false);
  values.assumedFacts = random.some(PREFILLED_PATHS.filter((path) => isAnswered(input as Record<string, unknown>, path)));
  return { values, timeZone };
}

function value<T>(result: ServiceResult<T>, seed: number): T {
  if (!result.ok) throw new Error(`seed ${seed}: expected ok, got ${JSON.stringify(result)}`);
  return result.value;
}

async function reloaded(id: string, seed: number): Promise<IntakeFormValues> {
  return valuesFromIncident(value(await getIncident(ctx, manager, { incidentId: id }), seed));
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-01T12:00:00Z") });
  const org = await ctx.db.organization.create({ data: { slug: SLUG, name: "Cabinet Dubois" }, select: { id: true } });
  const user = await ctx.db.user.create({ data: { email: "manager@example.org", name: "Manager" } });
  await ctx.db.membership.create({ data: { userId: user.id, organizationId: org.id, role: "manager" } });
  manager = {
    kind: "user",
    userId: user.id,
    email: "manager@example.org",
    memberships: [{ organizationId: org.id, role: "manager" }],
    ip: "127.0.0.1",
    via: "web",
  };
});
afterAll(async () => ctx.close());

describe("a resumed intake draft", () => {
  it("generates an answer for every input of the form, facts included", () => {
    const { values } = randomValues(1);
    expect(leaves(values as unknown as Record<string, unknown>).length).toBeGreaterThan(30);
  });

  it("comes back exactly as saved, first created and then updated, unanswered questions still unanswered", async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const first = randomValues(seed);
      const created = value(await createIncident(ctx, manager, intakeFromValues(first.values, first.timeZone, false).input), seed);
      expect(await reloaded(created.id, seed), `seed ${seed}, created`).toEqual(first.values);

      const second = randomValues(seed + 1000);
      const patch = draftPatchOf(
        { id: created.id, version: created.version },
        intakeFromValues(second.values, second.timeZone, false).input,
      );
      value(await updateIncident(ctx, manager, patch), seed);
      expect(await reloaded(created.id, seed), `seed ${seed}, updated`).toEqual(second.values);
    }
  });

  it("keeps 'is it still going on?' unanswered, never turning it into 'no'", async () => {
    const { values, timeZone } = randomValues(7);
    values.ongoing = "";
    const created = value(await createIncident(ctx, manager, intakeFromValues(values, timeZone, false).input), 7);
    expect(created.ongoing).toBeNull();
    expect((await reloaded(created.id, 7)).ongoing).toBe("");
  });
});
