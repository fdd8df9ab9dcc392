/**
 * The open deadlines kept in the database (IncidentDeadline rows), so the dashboard reads the few hundred
 * obligations still open instead of computing the deadlines of every not-closed incident on each load.
 *
 * They are derived data, rewritten from the incident's records (load-open-obligations.ts, the same judgement
 * the reminders and the calendar use) in the transaction of every change they depend on: the incident's
 * dates, zone, regimes, facts or state, a filing, an assessment, a communication finished sending, the
 * practice's internal targets. The test tests/integration/stored-deadlines.test.ts drives each of those
 * changes and compares the rows with a fresh computation, so a service that forgets to refresh fails it.
 *
 * The register's verdicts (lib/server/register/register-judgements.ts) rest on a part of the same records and go
 * with them.
 *
 * When the deadline rules themselves change (a new release), the rows are rebuilt on start-up:
 * `deadlineRulesFingerprint` hashes what the rules answer for a fixed set of cases, so any change of an
 * answer, and only that, triggers the rebuild.
 */
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { DEFAULT_INTERNAL_TARGETS, REGIME_IDS, type Deadline } from "@/lib/domain/deadlines";
import { forgetAllRegisterJudgements, forgetRegisterJudgements } from "@/lib/server/register/register-judgements";
import { writeTransaction, type Tx } from "@/lib/server/transaction";
import { openDeadlines, type IncidentRecords } from "./incident-obligations";
import { loadOpenDeadlines, OPEN_STATES } from "./load-open-obligations";

type Writer = Db | Tx;

/** Incidents refreshed per statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const BATCH = 500;

/**
 * Rewrites the stored open deadlines of these incidents (none once closed or gone), and forgets the register's
 * verdicts on them, which rest on the same records: every change of those records calls it.
 */
export async function refreshIncidentDeadlines(db: Writer, incidentIds: readonly string[]): Promise<void> {
  const unique = [...new Set(incidentIds)];
  for (let start = 0; start < unique.length; start += BATCH) await forgetRegisterJudgements(db, unique.slice(start, start + BATCH));
  await rewriteIncidentDeadlines(db, unique);
}

/** The stored open deadlines of these incidents, computed again from their records. */
async function rewriteIncidentDeadlines(db: Writer, unique: readonly string[]): Promise<void> {
  for (let start = 0; start < unique.length; start += BATCH) {
    const ids = unique.slice(start, start + BATCH);
    const open = await loadOpenDeadlines(db as Db, { id: { in: ids } });
    await db.incidentDeadline.deleteMany({ where: { incidentId: { in: ids } } });
    const rows = open.flatMap(({ incident, deadlines }) =>
      deadlines.map((deadline) => ({
        incidentId: incident.id,
        organizationId: incident.organizationId,
        reference: incident.reference,
        timeZone: incident.timeZone,
        regime: deadline.regime,
        obligation: deadline.obligation,
        basis: deadline.basis,
        dueAt: deadline.due,
        dueUnder1182At: deadline.dueUnder1182 ?? null,
        period: JSON.stringify(deadline.period),
        internalTarget: deadline.internalTarget,
        provisional: deadline.provisional,
      })),
    );
    if (rows.length > 0) await db.incidentDeadline.createMany({ data: rows });
  }
}

/** After a practice's internal targets changed: every not-closed incident of it. */
export async function refreshOrganizationDeadlines(db: Writer, organizationId: string): Promise<void> {
  const incidents = await db.incident.findMany({ where: { organizationId, state: { in: OPEN_STATES } }, select: { id: true } });
  await refreshIncidentDeadlines(
    db,
    incidents.map((incident) => incident.id),
  );
}

/**
 * Recomputes every stored deadline: what is stored for closed incidents goes, every open incident is
 * refreshed. Batch by batch, each in a write transaction, so it never holds the database for long and is
 * serialised with the services' own refreshes.
 */
export async function rebuildStoredDeadlines(
  db: Db,
  provider: DatabaseProvider,
  options: { rulesChanged?: boolean } = {},
): Promise<{ incidents: number; deadlines: number }> {
  await writeTransaction(db, provider, async (tx) => {
    await tx.incidentDeadline.deleteMany({ where: { incident: { state: { notIn: OPEN_STATES } } } });
    // The register's verdicts rest on the rules, not on the rows' shape: new rules judge every incident again.
    if (options.rulesChanged) await forgetAllRegisterJudgements(tx);
  });
  let cursor: string | undefined;
  let incidents = 0;
  for (;;) {
    const page = await db.incident.findMany({
      where: { state: { in: OPEN_STATES }, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (page.length === 0) break;
    await writeTransaction(db, provider, (tx) =>
      rewriteIncidentDeadlines(
        tx,
        page.map((incident) => incident.id),
      ),
    );
    incidents += page.length;
    cursor = page.at(-1)!.id;
  }
  return { incidents, deadlines: await db.incidentDeadline.count() };
}

const RULES_KEY = "deadline-rules";

/**
 * Changed whenever the stored rows gain a column computed from the incident, so that start-up rebuilds them as it
 * does for new rules: 2 copied the incident's reference and zone.
 */
const STORED_ROWS_SHAPE = "rows 2";

/**
 * A hash of what the rules answer for a fixed set of cases: every regime, both roles, high and not high
 * risk, a few people and many, before and after filings, default and changed targets, two zones across a
 * daylight-saving change.
 */
export function deadlineRulesFingerprint(rules: (records: IncidentRecords) => readonly Deadline[] = openDeadlines): string {
  const hash = createHash("sha256");
  const awareAts = [new Date("2026-03-27T22:30:00Z"), new Date("2026-10-23T09:00:00Z")];
  const targetsList = [DEFAULT_INTERNAL_TARGETS, { notifyControllerHours: 12, communicateSubjectsHours: 24, followUpHours: 48 }];
  let n = 0;
  for (const regime of REGIME_IDS)
    for (const timeZone of ["Europe/Paris", "America/New_York"])
      for (const awareAt of awareAts)
        for (const role of ["controller", "processor"] as const)
          for (const highRisk of [false, true])
            for (const subjects of [3, 5_000])
              for (const stage of [0, 1, 2, 3])
                for (const targets of targetsList) {
                  const filedAt = new Date(awareAt.getTime() + 40 * 3_600_000);
                  const records: IncidentRecords = {
                    id: `rules-fingerprint-${n++}`,
                    awareAt,
                    timeZone,
                    regimes: JSON.stringify([regime]),
                    role,
                    subjects,
                    highRisk,
                    filings:
                      stage === 0
                        ? []
                        : stage === 1
                          ? [{ kind: "initial", filedAt }]
                          : [
                              { kind: "initial", filedAt },
                              { kind: stage === 2 ? "follow_up" : "complete", filedAt: new Date(filedAt.getTime() + 86_400_000) },
                            ],
                    sentCommunications: stage === 3 ? [{ channel: "email" }] : [],
                    targets,
                    country: timeZone === "Europe/Paris" ? "FR" : "US",
                  };
                  for (const deadline of rules(records)) {
                    hash.update(
                      `${records.id}|${deadline.regime}|${deadline.obligation}|${deadline.basis}|${deadline.due.getTime()}|` +
                        `${deadline.dueUnder1182?.getTime() ?? ""}|${deadline.holidaysOf ?? ""}|${JSON.stringify(deadline.period)}|` +
                        `${deadline.internalTarget}|${deadline.provisional}\n`,
                    );
                  }
                }
  return hash.digest("hex");
}

/**
 * On start-up: rebuilds the stored deadlines when they were computed by other rules than this code's (or
 * never). Cheap when nothing changed: one read.
 */
export async function ensureStoredDeadlines(db: Db, provider: DatabaseProvider): Promise<{ rebuilt: boolean; incidents: number }> {
  const rules = deadlineRulesFingerprint();
  const fingerprint = `${rules}|${STORED_ROWS_SHAPE}`;
  const stored = await db.systemState.findUnique({ where: { key: RULES_KEY } });
  if (stored?.value === fingerprint) return { rebuilt: false, incidents: 0 };
  const { incidents } = await rebuildStoredDeadlines(db, provider, { rulesChanged: stored?.value.split("|")[0] !== rules });
  await db.systemState.upsert({
    where: { key: RULES_KEY },
    create: { key: RULES_KEY, value: fingerprint },
    update: { value: fingerprint },
  });
  return { rebuilt: true, incidents };
}
