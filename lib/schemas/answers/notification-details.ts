import { z } from "zod";
import {
  CAUSE_ORIGINS,
  DISCOVERED_BY,
  INCIDENT_TYPES,
  OTHER_PARTIES_MAX,
  PREVENTION_MEASURES,
  PROTECTION_MEASURES,
  REPORTER_ROLES,
} from "../notification-details";

/*
 * An incident's notification details as GET and PUT /api/v1/incidents/{id}/notification/details answer them
 * (docs/INTERFACES.md section 2): the type the services return and the OpenAPI document's answer both come
 * from here. The input schema (lib/schemas/notification-details.ts) turns what is not recorded into null or
 * [], so every member is present in an answer.
 */

const text = (description: string) => z.string().nullable().meta({ description });
const choice = <T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values).nullable().meta({ description });
const yesNo = (description: string) => z.boolean().nullable().meta({ description });
const ticked = <T extends readonly [string, ...string[]]>(values: T, description: string) => z.array(z.enum(values)).meta({ description });

const detailsAnswerSchema = z.object({
  reporter: z
    .object({
      name: z.string(),
      email: z.string().nullable().meta({ format: "email", description: "An e-mail address or a phone number is required." }),
      phone: z.string().nullable(),
      role: z.enum(REPORTER_ROLES),
    })
    .nullable()
    .meta({
      description: "EDPB template 2.2: the person filing, when not the organisation's contact point (null: the contact point files).",
    }),
  discoveredBy: choice(DISCOVERED_BY, "EDPB template 3.1: who found the breach."),
  incidentType: choice(INCIDENT_TYPES, "EDPB template 3.2: the kind of incident."),
  causeOrigin: choice(CAUSE_ORIGINS, "EDPB template 3.2: cause inside or outside the organisation (combined with facts.cause)."),
  systemsInvolved: text("EDPB template 3.2: systems, software or services involved, and where."),
  dataItems: text("EDPB template 3.4: the data items involved in the practice's words; letters to the people list them."),
  tollFreePhone: text("A toll-free number for the people affected (HIPAA 45 CFR 164.404(c)(1)(E) and substitute notice)."),
  contactWebsite: text("A web page where the people affected learn more (a HIPAA contact procedure)."),
  protectionMeasures: ticked(PROTECTION_MEASURES, "EDPB template 3.5 (GDPR Art. 32): protection in place at the time."),
  measuresInPlace: text("EDPB template 3.5: the protection in place, described."),
  otherParties: z
    .array(z.object({ name: z.string(), role: z.string(), contact: z.string().nullable() }))
    .max(OTHER_PARTIES_MAX)
    .nullable()
    .meta({ description: "EDPB template 2.4: processors or joint controllers involved; [] for none, null for not recorded." }),
  reportedToPolice: yesNo("EDPB template 6.1: reported to the police or a prosecutor."),
  otherAuthoritiesTold: yesNo("EDPB template 6.1: reported to other authorities under other laws."),
  otherAuthoritiesNotified: text(
    "EDPB template 6.1: which authorities or bodies, and their case numbers (empty when otherAuthoritiesTold is false).",
  ),
  likelyConsequences: text("EDPB template 4.1 (GDPR Art. 33(3)(c)): the practice's own description; null lets Breachdesk derive it."),
  preventionMeasures: ticked(PREVENTION_MEASURES, "EDPB template 4.4 (GDPR Art. 33(3)(d)): measures so that it does not happen again."),
  measuresProposed: text("EDPB template 4.4: those measures, described."),
  crossBorder: yesNo("EDPB template 6.2 (GDPR Art. 56): cross-border processing involved."),
  communicationPlannedFor: z
    .string()
    .nullable()
    .meta({ format: "date", description: "EDPB template 5: when the people will be told (a date)." }),
});

/** The notification details of one incident as the page and the API see them, with the version to send back. */
export const notificationDetailsDtoSchema = z.object({
  incidentId: z.string(),
  reference: z.string(),
  /** The incident's version: a PUT names it, and a stale one is a conflict. */
  version: z.number().int(),
  details: detailsAnswerSchema,
});
export type NotificationDetailsDto = z.output<typeof notificationDetailsDtoSchema>;
