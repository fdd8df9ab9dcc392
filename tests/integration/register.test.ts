import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/server/actor";
import { cliOperator } from "@/lib/server/actor";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { createTask } from "@/lib/server/incidents/tasks/create-task";
import { updateTask } from "@/lib/server/incidents/tasks/update-task";
import { exportRegisterCsv } from "@/lib/server/register/export-register-csv";
import { queryRegister } from "@/lib/server/register/query-register";
import { createTestContext, type TestContext } from "./support/test-context";
import { stolenRecords } from "./support/facts";
import { value } from "./support/value";
import { member } from "./support/member";

/* The Art. 33(5) register: every incident, notified or not, its timeliness, statistics and the CSV export. */
let ctx: TestContext;
const people: Record<string, Actor & { kind: "user" }> = {};
const ids: Record<string, string> = {};
const HOUR = 3_600_000;

async function person(key: string, organizationId: string, role: Role) {
  people[key] = await member(ctx, key, organizationId, role);
}

const facts = stolenRecords(120, 130, { confidentiality: { recipients: "public", exfiltration: "confirmed" } });

async function incident(key: string, actor: Actor, title: string, awareAt: string) {
  ids[key] = value(
    await createIncident(ctx, actor, {
      title,
      description: "d",
      awareAt,
      timeZone: "Europe/Paris",
      facts,
      containment: `Contained ${key}`,
      submit: true,
    }),
  ).id;
}

async function file(key: string, filedAt: Date, lateReason: string | null = null) {
  await ctx.db.filing.create({
    data: {
      incidentId: ids[key]!,
      authority: "cnil",
      kind: "initial",
      channel: "online_form",
      filedAt,
      content: "{}",
      lateReason,
      filedById: people.dpo!.userId,
    },
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await ctx.db.organization.create({ data: { slug: "practice-a", name: "Practice A" } });
  const b = await ctx.db.organization.create({ data: { slug: "practice-b", name: "Practice B" } });
  await person("manager", a.id, "manager");
  await person("dpo", a.id, "dpo");
  await person("lawyer", a.id, "lawyer");
  await person("stranger", b.id, "manager");
  await incident("onTime", people.manager!, "Phishing, mailbox read", "2026-03-01T10:00:00Z");
  await incident("late", people.manager!, '=HYPERLINK("http://evil.example","click")', "2026-02-01T10:00:00Z");
  // Titles are single-line (lib/schemas/text-rules.ts); line breaks inside CSV cells are covered by tests/unit/csv.
  await incident("unfiled", people.manager!, 'Letter "lost", post office; second try', "2025-06-01T10:00:00Z");
  await incident("foreign", people.stranger!, "Stranger's breach", "2026-01-15T10:00:00Z");
  await file("onTime", new Date(Date.parse("2026-03-01T10:00:00Z") + 70 * HOUR));
  await file("late", new Date(Date.parse("2026-02-01T10:00:00Z") + 80 * HOUR), "-The DPO was on leave");
  await ctx.db.filing.create({
    data: {
      incidentId: ids.late!,
      authority: "cnil",
      kind: "follow_up",
      channel: "email",
      filedAt: new Date("2026-02-10T10:00:00Z"),
      content: "{}",
      filedById: people.dpo!.userId,
    },
  });
  const task = value(await createTask(ctx, people.dpo!, { incidentId: ids.onTime!, title: "Reset all passwords" }));
  value(await updateTask(ctx, people.dpo!, { taskId: task.id, done: true }));
  value(await createTask(ctx, people.dpo!, { incidentId: ids.onTime!, title: "Still open" }));
});
afterAll(async () => ctx.close());

describe("the register", () => {
  it("lists every incident of the actor's practices, notified or not, with facts, effects, remedy and timeliness", async () => {
    const register = value(await queryRegister(ctx, people.lawyer!));
    expect(register.rows.map((row) => row.incidentId)).toEqual([ids.onTime, ids.late, ids.unfiled]);
    const [onTime, late, unfiled] = register.rows;
    expect(onTime).toMatchObject({
      notified: true,
      filing: "on_time",
      notifyAuthorityBy: "2026-03-04T10:00:00.000Z",
      facts: { subjectsCount: 120, summary: expect.stringContaining("health") },
      remedialAction: { containment: "Contained onTime", tasksDone: ["Reset all passwords"] },
    });
    expect(onTime!.effects.likelyConsequences.length).toBeGreaterThan(0);
    // The initial filing decides, not the later follow-up.
    expect(late).toMatchObject({
      notified: true,
      filing: "late",
      firstFiledAt: "2026-02-04T18:00:00.000Z",
      lateReason: "-The DPO was on leave",
    });
    expect(unfiled).toMatchObject({ notified: false, filing: null, firstFiledAt: null });
    expect(await ctx.db.auditEntry.count({ where: { action: "register.read" } })).toBe(1);
  });

  it("filters by year, notified, timeliness, state and organisation", async () => {
    const rowsOf = async (filters: object) => value(await queryRegister(ctx, people.manager!, filters)).rows.map((row) => row.incidentId);
    expect(await rowsOf({ year: 2025 })).toEqual([ids.unfiled]);
    expect(await rowsOf({ notified: false })).toEqual([ids.unfiled]);
    expect(await rowsOf({ notified: true, year: 2026 })).toEqual([ids.onTime, ids.late]);
    expect(await rowsOf({ timeliness: "late" })).toEqual([ids.late]);
    expect(await rowsOf({ timeliness: "on_time" })).toEqual([ids.onTime]);
    expect(await rowsOf({ state: ["draft"] })).toEqual([]);
    expect(await rowsOf({ organization: "practice-a", state: ["reported"] })).toHaveLength(3);
    expect(await queryRegister(ctx, people.manager!, { organization: "practice-b" })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "organization" }],
    });
  });

  it("counts per year: incidents, notified, on time and late", async () => {
    expect(value(await queryRegister(ctx, people.manager!)).statistics).toEqual([
      { year: 2026, incidents: 2, notified: 2, onTime: 1, late: 1 },
      { year: 2025, incidents: 1, notified: 0, onTime: 0, late: 0 },
    ]);
  });

  it("shows the stranger only their own practice, and the operator everything", async () => {
    expect(value(await queryRegister(ctx, people.stranger!)).rows.map((row) => row.incidentId)).toEqual([ids.foreign]);
    expect(value(await queryRegister(ctx, cliOperator)).rows).toHaveLength(4);
  });
});

/** A small RFC 4180 reader: enough to check that what we write parses back to what we meant. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endCell();
    else if (c === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe("the CSV export", () => {
  it("is UTF-8 with a BOM, a header row and one row per incident, quoted per RFC 4180, and audited", async () => {
    const csv = value(await exportRegisterCsv(ctx, people.dpo!, { organization: "practice-a" }));
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    expect(csv.fileName).toBe("breach-register-practice-a-2026-03-27.csv");
    expect(csv.body.startsWith("\uFEFFReference,")).toBe(true);
    const rows = parseCsv(csv.body.slice(1));
    expect(rows).toHaveLength(4);
    const header = rows[0]!;
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const column = (name: string) => header.indexOf(name);
    const byReference = new Map(rows.slice(1).map((row) => [row[column("Title")], row]));
    expect(byReference.has('Letter "lost", post office; second try')).toBe(true);
    expect(csv.body).toContain('"Letter ""lost"", post office; second try"');
    const unfiled = byReference.get('Letter "lost", post office; second try')!;
    expect(unfiled[column("Notified")]).toBe("no");
    expect(await ctx.db.auditEntry.count({ where: { action: "register.export" } })).toBe(1);
  });

  it("neutralises cells that a spreadsheet would run as formulas", async () => {
    const csv = value(await exportRegisterCsv(ctx, people.dpo!, { timeliness: "late" }));
    const [header, row] = parseCsv(csv.body.slice(1));
    expect(row![header!.indexOf("Title")]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(row![header!.indexOf("Reason for delay")]).toBe("'-The DPO was on leave");
    expect(row![header!.indexOf("Filing")]).toBe("late");
    expect(row![header!.indexOf("People affected")]).toBe("120");
  });
});
