import type { Db } from "../../lib/db/client";

/**
 * Seeds a DPO of `practices` practices holding `incidents` incidents in a few SQL statements that make their
 * rows in the database (generate_series on PostgreSQL, a recursive series on SQLite, one transaction each):
 * a million rows take seconds, where the services one by one would take hours. Awareness is spread evenly
 * over five years before `now`; what was aware within the last 30 days is still open (notified, or decided and
 * not yet notified for one in ten), the rest is closed with its filing.
 */
export interface BulkSeed {
  userId: string;
  email: string;
  slugs: string[];
  /** The reference of the incident of that index (0 the newest): what the benches search for. */
  reference: (index: number) => string;
}

const SPAN_DAYS = 5 * 365;
const OPEN_DAYS = 30;
const ZONES = ["Europe/Paris", "Europe/London", "Europe/Prague"];

const pad = (index: number, width: number) => String(index).padStart(width, "0");

export async function seedBulk(db: Db, provider: string, options: { practices: number; incidents: number; now: Date }): Promise<BulkSeed> {
  const { practices, incidents, now } = options;
  const userId = "bench-dpo";
  const email = "dpo@bench.example";
  const postgres = provider === "postgresql";
  const stamp = postgres ? `'${now.toISOString().slice(0, 23).replace("T", " ")}'` : `'${now.toISOString().slice(0, 23)}+00:00'`;
  // The series and the date arithmetic differ; everything else is the same SQL on both databases.
  const series = (count: number) =>
    postgres
      ? `generate_series(0, ${count - 1}) AS s(g)`
      : `(WITH RECURSIVE r(g) AS (SELECT 0 UNION ALL SELECT g + 1 FROM r WHERE g < ${count - 1}) SELECT g FROM r) AS s`;
  const padded = (expression: string, width: number) =>
    postgres ? `lpad((${expression})::text, ${width}, '0')` : `substr('${"0".repeat(width)}' || (${expression}), -${width}, ${width})`;
  const daysBefore = (days: string) =>
    postgres
      ? `(TIMESTAMP ${stamp} - (${days}) * INTERVAL '1 day')`
      : `(strftime('%Y-%m-%dT%H:%M:%f', julianday('${now.toISOString().slice(0, 19)}') - (${days})) || '+00:00')`;
  const age = `(s.g * ${SPAN_DAYS}.0 / ${incidents})`;
  const openBelow = Math.ceil((incidents * OPEN_DAYS) / SPAN_DAYS);
  const zone = (expression: string) => `CASE (${expression}) % 3 ${ZONES.map((z, i) => `WHEN ${i} THEN '${z}'`).join(" ")} END`;

  await db.$transaction(
    async (tx) => {
      const t = tx as unknown as Db;
      // English chosen: the practices are French (the default country), and the benches look for the English headings.
      await t.$executeRawUnsafe(
        `INSERT INTO "User" (id, email, name, locale, "totpEnabledAt", "createdAt", "updatedAt")
       VALUES ('${userId}', '${email}', 'Bench DPO', 'en', ${stamp}, ${stamp}, ${stamp})`,
      );
      await t.$executeRawUnsafe(
        `INSERT INTO "Organization" (id, slug, name, "timeZone", "createdAt", "updatedAt")
       SELECT 'org' || ${padded("s.g", 5)}, 'practice-' || s.g, 'Practice ' || s.g, ${zone("s.g")}, ${stamp}, ${stamp}
       FROM ${series(practices)}`,
      );
      await t.$executeRawUnsafe(
        `INSERT INTO "Membership" (id, "userId", "organizationId", role, "createdAt")
       SELECT 'mem' || ${padded("s.g", 5)}, '${userId}', 'org' || ${padded("s.g", 5)}, 'dpo', ${stamp} FROM ${series(practices)}`,
      );
      await t.$executeRawUnsafe(
        `INSERT INTO "Incident" (id, "organizationId", reference, title, description, "awareAt", "timeZone", regimes, facts, state,
         version, "createdById", "ownerId", "dpoId", "createdAt", "updatedAt", "closedAt")
       SELECT 'inc' || ${padded("s.g", 8)}, 'org' || ${padded(`s.g % ${practices}`, 5)}, 'BD-' || ${padded("s.g", 8)},
         'Incident ' || s.g, 'Lost letter ' || s.g, ${daysBefore(age)}, ${zone(`s.g % ${practices}`)},
         CASE WHEN s.g % 10 = 3 THEN '["gdpr","nis2"]' ELSE '["gdpr"]' END,
         '{"role":"controller","subjects":{"count":40,"categories":["patients"]}}',
         CASE WHEN s.g >= ${openBelow} THEN 'closed' WHEN s.g % 10 = 0 THEN 'decided' ELSE 'notified' END,
         1, '${userId}', '${userId}', '${userId}', ${daysBefore(age)}, ${daysBefore(age)},
         CASE WHEN s.g >= ${openBelow} THEN ${daysBefore(`${age} - 20`)} ELSE NULL END
       FROM ${series(incidents)}`,
      );
      await t.$executeRawUnsafe(
        `INSERT INTO "Filing" (id, "incidentId", authority, kind, channel, "filedAt", content, "filedById", "createdAt")
       SELECT 'fil' || substr(id, 4), id, 'cnil', 'complete', 'online_form', "awareAt", '{}', '${userId}', "awareAt"
       FROM "Incident" WHERE state <> 'decided'`,
      );
      // A million rows take minutes on a loaded machine, beyond the 5 s an interactive transaction gets by default.
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  // VACUUM as well: otherwise autovacuum works through the million new rows while the first page is measured.
  if (postgres) await db.$executeRawUnsafe("VACUUM ANALYZE");
  return {
    userId,
    email,
    slugs: Array.from({ length: practices }, (_, p) => `practice-${p}`),
    reference: (index) => `BD-${pad(index, 8)}`,
  };
}
