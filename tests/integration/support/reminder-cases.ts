import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/db/client";
import { addCalendarDays } from "@/lib/domain/deadlines";
import { localeOfCountry, type Locale } from "@/lib/i18n/locales";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { at, seal, sealUnbound } from "@/lib/server/crypto/sealed-text";
import { writeTransaction } from "@/lib/server/transaction";
import { highRiskFacts } from "./communication-fixtures";
import type { TestContext } from "./test-context";

/*
 * Incidents of five practices whose deadlines put reminders due NOW (real time: the worker processes run
 * on the real clock), each with the reminders it must produce stated by hand: which deadline, and which of
 * the practice's reminder points is the latest one passed (lib/server/reminders queues only that one). Every
 * incident sits at least half an hour from the next point, so a run of a minute sees the same points.
 *
 * Reminder points: the default 48 h, 24 h, 6 h before, at the deadline, then every 24 h up to 7 times; the
 * Thames surgery set its own (24 h and 2 h before, at the deadline, every 12 h up to 3 times).
 */

const HOUR = 3_600_000;

export const PRACTICES = {
  parc: {
    name: "Cabinet médical du Parc",
    country: "FR",
    timeZone: "Europe/Paris",
    regimes: ["gdpr"],
    dpoEmail: "dpo@parc.example",
    settings: {},
  },
  thames: {
    name: "Thames Family Surgery",
    country: "GB",
    timeZone: "Europe/London",
    regimes: ["uk-gdpr"],
    dpoEmail: "privacy@thames.example",
    settings: { reminders: { beforeHours: [24, 2], overdueEveryHours: 12, overdueAtMost: 3 } },
  },
  rhein: {
    name: "Praxis am Rhein",
    country: "DE",
    timeZone: "Europe/Berlin",
    regimes: ["gdpr", "nis2"],
    dpoEmail: "datenschutz@rhein.example",
    settings: { targets: { communicateSubjectsHours: 48 } },
  },
  harbor: {
    name: "Harbor Dental Group",
    country: "US",
    timeZone: "America/New_York",
    regimes: ["hipaa"],
    dpoEmail: "privacy@harbor.example",
    settings: {},
  },
  // No practice DPO address: an incident without a DPO and with a disabled owner has nobody to remind.
  telemed: {
    name: "Telemed Iberia",
    country: "ES",
    timeZone: "Europe/Madrid",
    regimes: ["gdpr", "eprivacy"],
    dpoEmail: null,
    settings: {},
  },
} as const;
type PracticeKey = keyof typeof PRACTICES;

/** A deadline's due instant: hours after awareness, or computed from awareness for calendar periods. */
type Due = number | ((awareAt: Date, timeZone: string) => Date);
type Expect = readonly [regime: string, obligation: string, due: Due, point: string];

interface Case {
  practice: PracticeKey;
  /** Hours since awareness, now. */
  age: number;
  state?: "draft" | "reported" | "decided" | "notified" | "closed";
  role?: "processor";
  subjects?: number;
  /** The latest assessment's risk level ("high" adds the communication to the people). */
  risk?: "risk" | "high";
  filings?: ReadonlyArray<{ kind: "initial" | "complete"; atAge: number }>;
  expect: readonly Expect[];
}

const sixtyDays = (awareAt: Date, timeZone: string) => addCalendarDays(awareAt, 60, timeZone);
// ePrivacy: the complete notification is due 3 calendar days after the initial one's own deadline (24 h).
const ePrivacyComplete = (awareAt: Date, timeZone: string) => addCalendarDays(new Date(awareAt.getTime() + 24 * HOUR), 3, timeZone);

const CASES: readonly Case[] = [
  // GDPR, default points. The authority is due 72 h after awareness.
  { practice: "parc", age: 10, expect: [] },
  { practice: "parc", age: 36, expect: [["gdpr", "notify-authority", 72, "-48h"]] },
  { practice: "parc", age: 36, state: "draft", expect: [["gdpr", "notify-authority", 72, "-48h"]] },
  { practice: "parc", age: 60, expect: [["gdpr", "notify-authority", 72, "-24h"]] },
  { practice: "parc", age: 69, expect: [["gdpr", "notify-authority", 72, "-6h"]] },
  { practice: "parc", age: 80, state: "decided", risk: "risk", expect: [["gdpr", "notify-authority", 72, "0h"]] },
  { practice: "parc", age: 108, expect: [["gdpr", "notify-authority", 72, "+24h"]] },
  { practice: "parc", age: 154, expect: [["gdpr", "notify-authority", 72, "+72h"]] },
  { practice: "parc", age: 288, expect: [["gdpr", "notify-authority", 72, "+168h"]] }, // past the 7th daily one
  {
    practice: "parc",
    age: 60,
    state: "decided",
    risk: "high",
    expect: [
      ["gdpr", "notify-authority", 72, "-24h"],
      ["gdpr", "communicate-subjects", 72, "-24h"],
    ],
  },
  { practice: "parc", age: 10, role: "processor", expect: [["gdpr", "notify-controller", 24, "-24h"]] },
  { practice: "parc", age: 30, role: "processor", expect: [["gdpr", "notify-controller", 24, "0h"]] },
  { practice: "parc", age: 60, state: "notified", filings: [{ kind: "complete", atAge: 40 }], expect: [] },
  // An initial filing at 30 h: the follow-up is due 72 h after it.
  {
    practice: "parc",
    age: 60,
    state: "notified",
    filings: [{ kind: "initial", atAge: 30 }],
    expect: [["gdpr", "follow-up-notification", 102, "-48h"]],
  },
  { practice: "parc", age: 60, state: "closed", expect: [] },
  // UK GDPR, the practice's own points.
  { practice: "thames", age: 36, expect: [] },
  { practice: "thames", age: 60, expect: [["uk-gdpr", "notify-authority", 72, "-24h"]] },
  { practice: "thames", age: 70.5, expect: [["uk-gdpr", "notify-authority", 72, "-2h"]] },
  { practice: "thames", age: 78, expect: [["uk-gdpr", "notify-authority", 72, "0h"]] },
  { practice: "thames", age: 90, expect: [["uk-gdpr", "notify-authority", 72, "+12h"]] },
  { practice: "thames", age: 200, expect: [["uk-gdpr", "notify-authority", 72, "+36h"]] },
  {
    practice: "thames",
    age: 78,
    state: "decided",
    risk: "high",
    expect: [
      ["uk-gdpr", "notify-authority", 72, "0h"],
      ["uk-gdpr", "communicate-subjects", 72, "0h"],
    ],
  },
  // GDPR and NIS2 (early warning 24 h, notification 72 h, final report a month later); people told within 48 h.
  { practice: "rhein", age: 12, expect: [["nis2", "early-warning", 24, "-24h"]] },
  { practice: "rhein", age: 20, expect: [["nis2", "early-warning", 24, "-6h"]] },
  {
    practice: "rhein",
    age: 36,
    expect: [
      ["gdpr", "notify-authority", 72, "-48h"],
      ["nis2", "early-warning", 24, "0h"],
      ["nis2", "incident-notification", 72, "-48h"],
    ],
  },
  {
    practice: "rhein",
    age: 36,
    state: "decided",
    risk: "high",
    expect: [
      ["gdpr", "notify-authority", 72, "-48h"],
      ["gdpr", "communicate-subjects", 48, "-24h"],
      ["nis2", "early-warning", 24, "0h"],
      ["nis2", "incident-notification", 72, "-48h"],
    ],
  },
  // One initial filing at 20 h meets the authority and the early warning; NIS2's notification needs a second.
  {
    practice: "rhein",
    age: 60,
    state: "notified",
    filings: [{ kind: "initial", atAge: 20 }],
    expect: [
      ["gdpr", "follow-up-notification", 92, "-48h"],
      ["nis2", "incident-notification", 72, "-24h"],
    ],
  },
  {
    practice: "rhein",
    age: 100,
    expect: [
      ["gdpr", "notify-authority", 72, "+24h"],
      ["nis2", "early-warning", 24, "+72h"],
      ["nis2", "incident-notification", 72, "+24h"],
    ],
  },
  // HIPAA, 60 calendar days for the individuals, HHS (500 or more) and the media (over 500).
  { practice: "harbor", age: 240, subjects: 1200, expect: [] },
  {
    practice: "harbor",
    age: 60 * 24 - 12,
    subjects: 1200,
    expect: [
      ["hipaa", "notify-individuals", sixtyDays, "-24h"],
      ["hipaa", "notify-hhs", sixtyDays, "-24h"],
      ["hipaa", "notify-media", sixtyDays, "-24h"],
    ],
  },
  {
    practice: "harbor",
    age: 60 * 24 + 30,
    subjects: 800,
    expect: [
      ["hipaa", "notify-individuals", sixtyDays, "+24h"],
      ["hipaa", "notify-hhs", sixtyDays, "+24h"],
      ["hipaa", "notify-media", sixtyDays, "+24h"],
    ],
  },
  // GDPR and ePrivacy (the authority within 24 h, the complete notification 3 days after that).
  { practice: "telemed", age: 10, expect: [["eprivacy", "notify-authority", 24, "-24h"]] },
  { practice: "telemed", age: 20, expect: [["eprivacy", "notify-authority", 24, "-6h"]] },
  {
    practice: "telemed",
    age: 30,
    expect: [
      ["gdpr", "notify-authority", 72, "-48h"],
      ["eprivacy", "notify-authority", 24, "0h"],
    ],
  },
  {
    practice: "telemed",
    age: 56,
    expect: [
      ["gdpr", "notify-authority", 72, "-24h"],
      ["eprivacy", "notify-authority", 24, "+24h"],
      ["eprivacy", "complete-notification", ePrivacyComplete, "-48h"],
    ],
  },
];

export interface ExpectedReminder {
  idempotencyKey: string;
  reference: string;
  title: string;
  regime: string;
  obligation: string;
  point: string;
  /** Envelope recipients, sorted; empty when nobody can be reminded (nothing must be sent). */
  recipients: string[];
  /** The language it is written in: nobody here chose one, so the practice's country's (docs/I18N.md). */
  locale: Locale;
}

export interface Seeded {
  incidents: number;
  reminders: ExpectedReminder[];
}

/**
 * Creates the practices, their people and `rounds` x CASES incidents with their assessments, filings and
 * stored deadlines, and returns every reminder that must go out. Who is reminded rotates over five set-ups per
 * practice: DPO and owner; no DPO assigned (the practice's DPO address); the DPO owns it; the owner was
 * disabled; both of the last two.
 */
const TITLES = [
  "Lab results e-mailed to the wrong patient",
  "Stolen laptop with appointment lists",
  "Ransomware on the imaging server",
  "Referral letters posted to old addresses",
];

export async function seedDueReminders(ctx: TestContext, now: Date, rounds: number): Promise<Seeded> {
  const people = new Map<
    PracticeKey,
    { id: string; dpo: { id: string; email: string }; owners: Array<{ id: string; email: string }>; former: { id: string } }
  >();
  for (const [key, practice] of Object.entries(PRACTICES) as Array<[PracticeKey, (typeof PRACTICES)[PracticeKey]]>) {
    const organization = await ctx.db.organization.create({
      data: {
        slug: key,
        name: practice.name,
        country: practice.country,
        timeZone: practice.timeZone,
        regimes: JSON.stringify(practice.regimes),
        dpoName: "Data protection officer",
        dpoEmail: practice.dpoEmail,
        settings: JSON.stringify(practice.settings),
      },
    });
    const user = async (local: string, role: string, disabled = false) => {
      const email = `${local}.${key}@staff.example`;
      const created = await ctx.db.user.create({ data: { email, name: local, disabledAt: disabled ? now : null } });
      await ctx.db.membership.create({ data: { userId: created.id, organizationId: organization.id, role } });
      return { id: created.id, email };
    };
    people.set(key, {
      id: organization.id,
      dpo: await user("dpo", "dpo"),
      owners: [await user("manager-1", "manager"), await user("manager-2", "manager"), await user("lawyer", "lawyer")],
      former: await user("former-manager", "manager", true),
    });
  }

  const reminders: ExpectedReminder[] = [];
  const incidents: Prisma.IncidentCreateManyInput[] = [];
  const assessments: Prisma.AssessmentCreateManyInput[] = [];
  const filings: Prisma.FilingCreateManyInput[] = [];
  const lastNumber = new Map<string, number>();
  const plan = Array.from({ length: rounds }, (_, round) =>
    CASES.map((kase, index) => ({ kase, round, n: round * CASES.length + index })),
  ).flat();
  for (const { kase, round, n } of plan) {
    const practice = PRACTICES[kase.practice];
    const staff = people.get(kase.practice)!;
    const owner = staff.owners[n % staff.owners.length]!;
    const setUps: Array<{ ownerId: string; dpoId: string | null; to: Array<string | null> }> = [
      { ownerId: owner.id, dpoId: staff.dpo.id, to: [staff.dpo.email, owner.email] },
      { ownerId: owner.id, dpoId: null, to: [practice.dpoEmail, owner.email] },
      { ownerId: staff.dpo.id, dpoId: staff.dpo.id, to: [staff.dpo.email] },
      { ownerId: staff.former.id, dpoId: staff.dpo.id, to: [staff.dpo.email] },
      { ownerId: staff.former.id, dpoId: null, to: [practice.dpoEmail] },
    ];
    const setUp = setUps[(round + n) % 5]!; // each case meets every set-up over the rounds
    const awareAt = new Date(now.getTime() - kase.age * HOUR);
    const id = `c${randomBytes(12).toString("hex")}`;
    const year = awareAt.getUTCFullYear();
    const number = (lastNumber.get(`${kase.practice}${year}`) ?? 0) + 1;
    lastNumber.set(`${kase.practice}${year}`, number);
    const reference = `BD-${year}-${String(number).padStart(4, "0")}`;
    const title = `${TITLES[n % TITLES.length]} (${n + 1})`;
    const state = kase.state ?? "reported";
    incidents.push({
      id,
      organizationId: staff.id,
      reference,
      title,
      description: seal("Found by the practice manager during the weekly check.", at("incident", "description", id)),
      discoveredAt: awareAt,
      awareAt,
      timeZone: practice.timeZone,
      regimes: JSON.stringify(practice.regimes),
      state,
      facts: JSON.stringify({
        ...highRiskFacts,
        role: kase.role ?? "controller",
        subjects: { count: kase.subjects ?? 40, categories: ["patients"] },
      }),
      createdById: owner.id,
      ownerId: setUp.ownerId,
      dpoId: setUp.dpoId,
      closedAt: state === "closed" ? now : null,
    });
    if (kase.risk) {
      assessments.push({
        incidentId: id,
        version: 1,
        factsSnapshot: "{}",
        suggestion: "{}",
        riskLevel: kase.risk,
        authorityDecision: "notify",
        authorityRationale: "Health data of patients.",
        subjectsDecision: kase.risk === "high" ? "communicate" : "do_not_communicate",
        subjectsRationale: "As suggested.",
        decidedById: staff.dpo.id,
      });
    }
    for (const filing of kase.filings ?? []) {
      filings.push({
        incidentId: id,
        authority: "cnil",
        kind: filing.kind,
        channel: "online_form",
        filedAt: new Date(awareAt.getTime() + filing.atAge * HOUR),
        content: sealUnbound("{}"),
        filedById: staff.dpo.id,
      });
    }

    const recipients = [...new Set(setUp.to.filter((email): email is string => Boolean(email)))].sort();
    for (const [regime, obligation, due, point] of kase.expect) {
      const dueAt = typeof due === "number" ? new Date(awareAt.getTime() + due * HOUR) : due(awareAt, practice.timeZone);
      reminders.push({
        idempotencyKey: `reminder:incident:${id}:${regime}:${obligation}:${point}@${dueAt.toISOString()}`,
        reference,
        title,
        regime,
        obligation,
        point,
        recipients,
        locale: localeOfCountry(practice.country) ?? "en",
      });
    }
  }
  // Written in bulk (one statement per table and batch), then their stored deadlines computed by the same
  // function the services call after every change: a few seconds less than 770 service calls.
  await writeTransaction(ctx.db, ctx.provider, async (tx) => {
    for (let start = 0; start < incidents.length; start += 200) await tx.incident.createMany({ data: incidents.slice(start, start + 200) });
    await tx.assessment.createMany({ data: assessments });
    await tx.filing.createMany({ data: filings });
    await refreshIncidentDeadlines(
      tx,
      incidents.map((incident) => incident.id!),
    );
  });
  return { incidents: plan.length, reminders };
}
