/**
 * The register's verdict on each incident (RegisterJudgement rows): the year awareness fell in, whether it was
 * notified, and whether its first filing met the authority deadline. The per-year figures and the timeliness filter
 * cover every matching incident, so without them each page judged them all: a DPO's register over 50 practices
 * and 100,000 incidents took 3.6 s a page, most of it reading each incident's facts and filings.
 *
 * Written when the register first needs them, a batch per write transaction: writers take the same lock
 * (lib/server/transaction.ts), so a verdict is never computed from records a concurrent change has already
 * replaced. Deleted, with the stored deadlines, in the transaction of every change they rest on (dates, zone,
 * regimes, facts, a filing: refreshIncidentDeadlines), and all of them when the deadline rules change.
 */
import type { Db, Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import type { BreachFactsDraft } from "@/lib/schemas/incident";
import { writeTransaction, type Tx } from "@/lib/server/transaction";
import { filingsByIncident } from "./filings-by-incident";
import { judgedFirstFiling } from "./register-row";

/**
 * Incidents judged per transaction, which holds the writers' lock: 1,000 held it 250 ms on PostgreSQL, and every
 * audited page waited behind it while the reminder loop judged a million incidents after an upgrade; 100 made the
 * pass three times as long (0.3 ms an incident, against 0.1).
 */
const BATCH = 250;

/**
 * On PostgreSQL, the table's statistics are gathered again after this many verdicts: a pass that fills it after an
 * upgrade (or new rules) otherwise leaves the planner believing it empty, and the search for incidents without a
 * verdict, a scan of the table for each incident, ran for a quarter of an hour on a million.
 */
const STATISTICS_EVERY = 10_000;

type Writer = Pick<Tx, "registerJudgement">;

/** Forgets the verdicts on these incidents; the register judges them again when it next needs them. */
export async function forgetRegisterJudgements(db: Writer, incidentIds: readonly string[]): Promise<void> {
  await db.registerJudgement.deleteMany({ where: { incidentId: { in: [...incidentIds] } } });
}

/** Forgets every verdict (the deadline rules changed). */
export async function forgetAllRegisterJudgements(db: Writer): Promise<void> {
  await db.registerJudgement.deleteMany({});
}

/** Every incident the register lists (a draft is not a breach on record yet). */
export const ON_THE_REGISTER: Prisma.IncidentWhereInput = { state: { not: "draft" } };

/**
 * Judges the incidents matching `where` that have no verdict yet; how many. The register calls it when its
 * figures count fewer verdicts than incidents; the reminder loop for every incident, hourly, so that a
 * deployment's first visit after an upgrade does not judge a whole register while someone waits.
 */
export async function ensureRegisterJudgements(
  db: Db,
  provider: DatabaseProvider,
  where: Prisma.IncidentWhereInput,
  options: { pauseMs?: number } = {},
): Promise<number> {
  const unjudged: Prisma.IncidentWhereInput = { AND: [where, { registerJudgement: { is: null } }] };
  if (!(await db.incident.findFirst({ where: unjudged, select: { id: true } }))) return 0;
  let total = 0;
  // In the order of the ids, each batch from where the last ended: searched from the start every time, the verdicts
  // already written were passed over again by each batch.
  let after: string | undefined;
  for (;;) {
    const judged = await writeTransaction(db, provider, async (tx) => {
      const incidents = await tx.incident.findMany({
        where: after === undefined ? unjudged : { AND: [unjudged, { id: { gt: after } }] },
        select: { id: true, organizationId: true, awareAt: true, timeZone: true, facts: true, regimes: true },
        orderBy: { id: "asc" },
        take: BATCH,
      });
      if (incidents.length === 0) return 0;
      after = incidents.at(-1)!.id;
      const filings = await filingsByIncident(
        tx,
        provider,
        incidents.map((incident) => incident.id),
      );
      await tx.registerJudgement.createMany({
        data: incidents.map((incident) => {
          const filed = filings.get(incident.id) ?? [];
          const { filing } = judgedFirstFiling({
            awareAt: incident.awareAt,
            timeZone: incident.timeZone,
            filings: filed,
            role: (JSON.parse(incident.facts) as BreachFactsDraft).role,
            regimes: JSON.parse(incident.regimes) as string[],
          });
          return {
            incidentId: incident.id,
            organizationId: incident.organizationId,
            awareYear: incident.awareAt.getUTCFullYear(),
            notified: filed.length > 0,
            timeliness: filing,
          };
        }),
      });
      return incidents.length;
    });
    total += judged;
    if (judged < BATCH) return total;
    if (provider === "postgresql" && total % STATISTICS_EVERY === 0) await db.$executeRawUnsafe(`ANALYZE "RegisterJudgement"`);
    // A pass in the background leaves the lock free between batches, for the writes of people at work.
    if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
  }
}
