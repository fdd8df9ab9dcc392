import type { NotificationDetails } from "@/lib/schemas/notification-details";
import type { IncidentConflict } from "@/lib/server/incidents/incident-conflict";

/** A stale save's answer: the incident conflict plus the details as they are now, to compare with one's own. */
export type NotificationDetailsConflict = IncidentConflict & { notificationDetails: NotificationDetails };
