import {
  notificationDetailsUpdateSchema,
  type NotificationDetails,
  type NotificationDetailsUpdate,
  type NotificationDetailsUpdateInput,
} from "@/lib/schemas/notification-details";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { staleVersion, type IncidentConflict } from "@/lib/server/incidents/incident-conflict";
import { toIncidentDto, type IncidentDto } from "@/lib/server/incidents/incident-dto";
import { sealedSnapshot, valuesOf } from "@/lib/server/incidents/incident-values";
import { changedBy } from "@/lib/server/incidents/permissions";
import { conflict, ok, type ServiceFailure, type ServiceResult } from "@/lib/server/result";
import { parsingEntry } from "@/lib/server/parse-input";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction, type Tx } from "@/lib/server/transaction";
import type { NotificationDetailsDto } from "@/lib/schemas/answers/notification-details";
import type { NotificationDetailsConflict } from "./notification-details-dto";
import { auditDetailChanges, changedDetailFields, readNotificationDetails, sealNotificationDetails } from "./notification-details-store";

/** How a details change is named among the incident's revisions (and in a conflict's changedSince). */
export const NOTIFICATION_DETAILS_FIELD = "notificationDetails";

async function storedDetails(tx: Tx, incidentId: string): Promise<NotificationDetails> {
  const row = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { notificationDetails: true } });
  return readNotificationDetails(incidentId, row.notificationDetails);
}

/** The incident's conflict answer, with the details as they are now so the person can compare. */
async function stale(tx: Tx, actor: Actor, now: Date, current: IncidentDto, yourVersion: number): Promise<ServiceFailure> {
  const failure = await staleVersion(tx, actor, now, current, yourVersion);
  if (failure.error !== "conflict") return failure;
  const detail: NotificationDetailsConflict = {
    ...(failure.current as IncidentConflict),
    notificationDetails: await storedDetails(tx, current.id),
  };
  return conflict(failure.message, detail);
}

/** The entry for an input nobody parsed yet (the CLI, scripts, tests): parsed here, once. */
export const updateNotificationDetails = parsingEntry<NotificationDetailsUpdateInput, NotificationDetailsUpdate, NotificationDetailsDto>(
  notificationDetailsUpdateSchema,
  updateNotificationDetailsParsed,
);

/**
 * Records the notification details of an incident (a whole replacement, at the version the person read).
 * Editing them is editing the incident: same roles, same version, a new revision and an audit entry that
 * names the fields changed (the template's choices with their values, free text and people only as changed).
 */
export async function updateNotificationDetailsParsed(
  ctx: ServiceContext,
  actor: Actor,
  input: NotificationDetailsUpdate,
): Promise<ServiceResult<NotificationDetailsDto>> {
  const { incidentId, version: readVersion, ...after } = input;
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findIncidentFor(tx, actor, incidentId, "edit");
    if (!found.ok) return found;
    const row = found.value;
    const current = toIncidentDto(row);
    if (row.version !== readVersion) return stale(tx, actor, now, current, readVersion);
    if (row.state === "closed") return conflict("The incident is closed: the DPO can reopen it to change it.", { incident: current });

    const before = await storedDetails(tx, row.id);
    const fields = changedDetailFields(before, after);
    if (fields.length === 0) return ok({ incidentId: row.id, reference: row.reference, version: row.version, details: before });

    const version = row.version + 1;
    // The version in the where clause makes the save atomic with its check, as update-incident does.
    const saved = await tx.incident.updateMany({
      where: { id: row.id, version: row.version },
      data: { notificationDetails: sealNotificationDetails(row.id, after), version, updatedAt: now },
    });
    if (saved.count !== 1) return stale(tx, actor, now, current, readVersion);
    await tx.incidentRevision.create({
      data: {
        incidentId: row.id,
        version,
        ...sealedSnapshot(valuesOf(current), { [NOTIFICATION_DETAILS_FIELD]: after }),
        changed: JSON.stringify([NOTIFICATION_DETAILS_FIELD]),
        changedById: changedBy(actor),
        changedAt: now,
      },
    });
    await appendAudit(
      tx,
      actor,
      {
        action: "notification.details.update",
        organizationId: row.organizationId,
        incidentId: row.id,
        detail: { reference: row.reference, version, changes: auditDetailChanges(before, after, fields) },
      },
      now,
    );
    return ok({ incidentId: row.id, reference: row.reference, version, details: after });
  });
}
