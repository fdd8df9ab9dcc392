import type { NotificationDetails } from "@/lib/schemas/notification-details";
import type { IncidentConflict } from "@/lib/server/incidents/incident-conflict";

/** The notification details of one incident as the page and the API see them, with the version to send back. */
export interface NotificationDetailsDto {
  incidentId: string;
  reference: string;
  /** The incident's version: a PUT names it, and a stale one is a conflict. */
  version: number;
  details: NotificationDetails;
}

/** A stale save's answer: the incident conflict plus the details as they are now, to compare with one's own. */
export type NotificationDetailsConflict = IncidentConflict & { notificationDetails: NotificationDetails };
