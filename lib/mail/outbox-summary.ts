import { sqlParameters } from "@/lib/db/sql-parameters";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import type { ServiceContext } from "@/lib/server/service-context";
import { emailMessageSchema, recipientsOf } from "./email-message";
import { mailServerConfigured } from "./mail-server";

export interface WaitingEmail {
  id: string;
  to: string[];
  subject: string;
  /** pending (not tried yet), processing (being sent), failed (will be retried at availableAt) */
  status: string;
  attempts: number;
  availableAt: Date;
  lastError: string | null;
  createdAt: Date;
  incidentId: string | null;
}

export interface OutboxSummary {
  /** False when SMTP_URL is unset: e-mail waits until a server is configured. */
  smtpConfigured: boolean;
  countsByStatus: Record<string, number>;
  /** The oldest waiting e-mails first, at most `limit`. */
  waitingEmails: WaitingEmail[];
  waitingEmailCount: number;
  /**
   * Every message still to go, whatever its kind: letters to the people affected are queued as
   * "communication" messages, reminders and invitations as "email", and each one waits for the same server.
   */
  waitingCount: number;
  /** The part of waitingCount that is e-mail to the people affected (GDPR Art. 34). */
  waitingToPeopleAffected: number;
}

const WAITING = ["pending", "processing", "failed"];

export type OutboxCounts = Pick<OutboxSummary, "countsByStatus" | "waitingEmailCount" | "waitingCount" | "waitingToPeopleAffected">;

/**
 * How many messages the outbox holds for some organisations, by status and by what is still to go: one query
 * (grouped by status and kind), since each query scoped to a DPO's thousand organisations costs as much to build
 * as to run. The caller has already decided that its actor may see these organisations.
 */
export async function outboxCounts(ctx: ServiceContext, organizationIds: readonly string[]): Promise<OutboxCounts> {
  // In SQL: every dashboard of a DPO firm's person counts here, and Prisma compiled their thousand ids each time.
  const { values, isAnyOf } = sqlParameters(ctx.provider);
  const groups =
    organizationIds.length === 0
      ? []
      : await ctx.db.$queryRawUnsafe<Array<{ status: string; kind: string; count: number | bigint }>>(
          `SELECT "status", "kind", COUNT(*) AS "count" FROM "OutboxMessage" ` +
            `WHERE ${isAnyOf(`"organizationId"`, organizationIds)} GROUP BY "status", "kind"`,
          ...values,
        );
  const countsByStatus: Record<string, number> = {};
  let waitingEmailCount = 0;
  let waitingCount = 0;
  let waitingToPeopleAffected = 0;
  for (const { status, kind, count: counted } of groups) {
    const count = Number(counted);
    countsByStatus[status] = (countsByStatus[status] ?? 0) + count;
    if (!WAITING.includes(status)) continue;
    waitingCount += count;
    if (kind === "email") waitingEmailCount += count;
    if (kind === "communication") waitingToPeopleAffected += count;
  }
  return { countsByStatus, waitingEmailCount, waitingCount, waitingToPeopleAffected };
}

/**
 * What the outbox holds for some organisations, for a "waiting for SMTP" notice and a list of e-mails still
 * to go. Only the recipients and the subject of each e-mail are decrypted. The caller has already decided
 * that its actor may see these organisations (this read takes ids, not an actor).
 */
export async function outboxSummary(ctx: ServiceContext, organizationIds: readonly string[], limit = 50): Promise<OutboxSummary> {
  const [counts, waitingRows] = await Promise.all([
    outboxCounts(ctx, organizationIds),
    ctx.db.outboxMessage.findMany({
      where: { organizationId: { in: [...organizationIds] }, kind: "email", status: { in: WAITING } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: limit,
    }),
  ]);
  return {
    smtpConfigured: mailServerConfigured(ctx.env),
    ...counts,
    waitingEmails: waitingRows.map((row) => ({
      id: row.id,
      ...readableHeaders(row.id, row.payload),
      status: row.status,
      attempts: row.attempts,
      availableAt: row.availableAt,
      lastError: row.lastError,
      createdAt: row.createdAt,
      incidentId: row.incidentId,
    })),
  };
}

/** Recipients and subject only; the body stays sealed. An unreadable payload is shown as such, not thrown. */
function readableHeaders(id: string, sealedPayload: string): { to: string[]; subject: string } {
  try {
    const parsed = emailMessageSchema
      .pick({ to: true, subject: true })
      .safeParse(JSON.parse(unseal(sealedPayload, at("outboxMessage", "payload", id))));
    return parsed.success ? { to: recipientsOf(parsed.data), subject: parsed.data.subject } : { to: [], subject: "(not an e-mail)" };
  } catch {
    return { to: [], subject: "(cannot be decrypted with the configured keys)" };
  }
}
