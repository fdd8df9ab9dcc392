import {
  CAUSE_ORIGINS,
  DISCOVERED_BY,
  INCIDENT_TYPES,
  OTHER_PARTIES_MAX,
  PREVENTION_MEASURES,
  PROTECTION_MEASURES,
  REPORTER_ROLES,
} from "@/lib/schemas/notification-details";
import { notificationDetailsDtoSchema } from "@/lib/schemas/answers/notification-details";
import { jsonSchemaOf } from "@/lib/schemas/json-schema";

/*
 * The notification-details endpoint's part of the OpenAPI document, for lib/server/api/openapi.ts to spread
 * into its paths. The enums come from the shared schema, so the document and the validation cannot drift.
 */
type Responses = Record<string, unknown>;

const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
const json = (description: string, schema: Record<string, unknown>) => ({ description, content: { "application/json": { schema } } });
const refused = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const text = (description: string, maxLength = 5000) => ({ type: ["string", "null"], maxLength, description });
const choice = (values: readonly string[], description: string) => ({ enum: [...values, null], description });
const yesNo = (description: string) => ({ type: ["boolean", "null"], description });
const ticked = (values: readonly string[], description: string) => ({
  type: "array",
  uniqueItems: true,
  items: { enum: [...values] },
  description,
});

const detailsProperties = {
  reporter: {
    type: ["object", "null"],
    description: "EDPB template 2.2: the person filing, when not the organisation's contact point (null: the contact point files).",
    required: ["name", "role"],
    additionalProperties: false,
    properties: {
      name: { type: "string", maxLength: 200 },
      email: { type: ["string", "null"], format: "email", description: "An e-mail address or a phone number is required." },
      phone: { type: ["string", "null"], maxLength: 50 },
      role: { enum: [...REPORTER_ROLES] },
    },
  },
  discoveredBy: choice(DISCOVERED_BY, "EDPB template 3.1: who found the breach."),
  incidentType: choice(INCIDENT_TYPES, "EDPB template 3.2: the kind of incident."),
  causeOrigin: choice(CAUSE_ORIGINS, "EDPB template 3.2: cause inside or outside the organisation (combined with facts.cause)."),
  systemsInvolved: text("EDPB template 3.2: systems, software or services involved, and where."),
  dataItems: text("EDPB template 3.4: the data items involved in the practice's words; letters to the people list them."),
  tollFreePhone: text("A toll-free number for the people affected (HIPAA 45 CFR 164.404(c)(1)(E) and substitute notice)."),
  contactWebsite: text("A web page where the people affected learn more (a HIPAA contact procedure)."),
  protectionMeasures: ticked(PROTECTION_MEASURES, "EDPB template 3.5 (GDPR Art. 32): protection in place at the time."),
  measuresInPlace: text("EDPB template 3.5: the protection in place, described."),
  otherParties: {
    type: ["array", "null"],
    maxItems: OTHER_PARTIES_MAX,
    description: "EDPB template 2.4: processors or joint controllers involved; [] for none, null for not recorded.",
    items: {
      type: "object",
      required: ["name", "role"],
      additionalProperties: false,
      properties: {
        name: { type: "string", maxLength: 200 },
        role: { type: "string", maxLength: 200 },
        contact: { type: ["string", "null"], maxLength: 500 },
      },
    },
  },
  reportedToPolice: yesNo("EDPB template 6.1: reported to the police or a prosecutor."),
  otherAuthoritiesTold: yesNo("EDPB template 6.1: reported to other authorities under other laws."),
  otherAuthoritiesNotified: text(
    "EDPB template 6.1: which authorities or bodies, and their case numbers (empty when otherAuthoritiesTold is false).",
  ),
  likelyConsequences: text("EDPB template 4.1 (GDPR Art. 33(3)(c)): the practice's own description; null lets Breachdesk derive it."),
  preventionMeasures: ticked(PREVENTION_MEASURES, "EDPB template 4.4 (GDPR Art. 33(3)(d)): measures so that it does not happen again."),
  measuresProposed: text("EDPB template 4.4: those measures, described."),
  crossBorder: yesNo("EDPB template 6.2 (GDPR Art. 56): cross-border processing involved."),
  communicationPlannedFor: {
    type: ["string", "null"],
    format: "date",
    description: "EDPB template 5: when the people will be told (a date).",
  },
};

const details = { type: "object", additionalProperties: false, properties: detailsProperties };
/** The answer, produced from the schema the services answer with (lib/schemas/answers/notification-details.ts). */
const detailsAnswer = jsonSchemaOf(notificationDetailsDtoSchema, { io: "output" });

export function notificationDetailsPaths(onIncident: Responses, invalidResponses: Responses) {
  return {
    "/incidents/{id}/notification/details": {
      parameters: [idParam],
      get: {
        operationId: "getNotificationDetails",
        summary: "The facts the notification template asks for beyond the intake, with the incident's version",
        responses: { "200": json("The details (the read is audited).", detailsAnswer), ...onIncident },
      },
      put: {
        operationId: "putNotificationDetails",
        summary: "Record them, replacing the previous answers (absent means not recorded); `version` must be the one read",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: { ...details, required: ["version"], properties: { version: { type: "integer", minimum: 1 }, ...detailsProperties } },
            },
          },
        },
        responses: {
          "200": json("The details as saved (the version is one higher when something changed).", detailsAnswer),
          "403": refused("Only a manager or the DPO may change an incident."),
          "409": refused(
            "Stale version (currentVersion, changedSince, the incident and its notificationDetails are included) or a closed incident.",
          ),
          ...invalidResponses,
          ...onIncident,
        },
      },
    },
  };
}
