import { INCIDENT_STATES } from "@/lib/schemas/incident-work";
import { communicationPaths } from "@/lib/server/communications/openapi-paths";
import { notificationDetailsPaths } from "@/lib/server/notification/openapi-paths";
import { practicePaths } from "@/lib/server/organizations/openapi-paths";
import { componentSchemas } from "./openapi-schemas";

/*
 * The OpenAPI 3.1 document served at /api/v1/openapi.json. Every route file under app/api/v1 must have its
 * path here: tests/integration/api-incidents.test.ts fails otherwise. Paths are relative to the server "/api/v1".
 */

const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (name: string) => ({ content: { "application/json": { schema: schema(name) } } });
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: schema("Problem") } } });
const ok = (description: string, name: string) => ({ description, ...jsonBody(name) });
/** A JSON answer whose shape is documented by its service's DTO type rather than a named schema here. */
const okObject = (description: string) => ({ description, content: { "application/json": { schema: { type: "object" } } } });
const objectBody = (description: string) => ({
  required: true,
  description,
  content: { "application/json": { schema: { type: "object" } } },
});

/** The answers every authenticated endpoint can give besides its own. */
const commonProblems = {
  "401": { $ref: "#/components/responses/Unauthorized" },
  "500": { $ref: "#/components/responses/ServerError" },
};
const onIncident = { ...commonProblems, "404": { $ref: "#/components/responses/NotFound" } };
const withBody = {
  "400": { $ref: "#/components/responses/MalformedBody" },
  "415": { $ref: "#/components/responses/NotJson" },
  "422": { $ref: "#/components/responses/Invalid" },
};

const incidentId = { name: "id", in: "path", required: true, schema: { type: "string" } };
const query = (name: string, description: string, schemaValue: Record<string, unknown> = { type: "string" }) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: schemaValue,
});
const stateFilter = query("state", "Repeatable or comma-separated.", { type: "array", items: { enum: [...INCIDENT_STATES] } });

function paths() {
  return {
    "/incidents": {
      get: {
        operationId: "listIncidents",
        summary: "The incidents the token's person can see, newest awareness first",
        parameters: [
          query("organization", "An organisation's slug."),
          stateFilter,
          query("search", "Words in the title."),
          query("page", "From 1.", { type: "integer", minimum: 1 }),
          query("pageSize", "1 to 100, default 25.", { type: "integer", minimum: 1, maximum: 100 }),
        ],
        responses: {
          "200": ok("A page of incidents.", "IncidentPage"),
          "422": { $ref: "#/components/responses/Invalid" },
          ...commonProblems,
        },
      },
      post: {
        operationId: "createIncident",
        summary: 'Log an incident (reported by default; a draft with "submit": false)',
        requestBody: { required: true, ...jsonBody("IncidentCreate") },
        responses: {
          "201": {
            ...ok("The new incident.", "Incident"),
            headers: { Location: { schema: { type: "string" }, description: "The incident's URL." } },
          },
          "403": problem("The person may not log incidents in that organisation (manager or DPO only)."),
          ...withBody,
          ...commonProblems,
        },
      },
    },
    "/incidents/{id}": {
      parameters: [incidentId],
      get: {
        operationId: "getIncident",
        summary: "One incident (the read is audited)",
        responses: { "200": ok("The incident.", "Incident"), ...onIncident },
      },
      patch: {
        operationId: "updateIncident",
        summary: "Change an incident; `version` must be the one read",
        requestBody: { required: true, ...jsonBody("IncidentPatch") },
        responses: {
          "200": ok("The incident as saved (its version is one higher when something changed).", "Incident"),
          "403": problem("Only a manager or the DPO may change an incident."),
          "409": problem("Stale version (currentVersion, changedSince and the current incident are included) or a closed incident."),
          ...withBody,
          ...onIncident,
        },
      },
    },
    "/incidents/{id}/deadlines": {
      parameters: [incidentId],
      get: {
        operationId: "getIncidentDeadlines",
        summary: "The deadlines of the incident's regimes and where each stands",
        responses: { "200": ok("The deadlines.", "IncidentDeadlines"), ...onIncident },
      },
    },
    "/register": {
      get: {
        operationId: "getRegister",
        summary: "The Art. 33(5) register, as JSON or (Accept: text/csv or ?format=csv) as a CSV file",
        parameters: [
          query("organization", "An organisation's slug."),
          stateFilter,
          query("year", "The year awareness fell in (UTC).", { type: "integer" }),
          query("notified", "Only incidents notified (true) or not (false).", { type: "boolean" }),
          query("timeliness", "on_time or late (judged on the first filing).", { enum: ["on_time", "late"] }),
          query("format", "json (default) or csv.", { enum: ["json", "csv"] }),
        ],
        responses: {
          "200": {
            description: "The register.",
            content: { "application/json": { schema: schema("Register") }, "text/csv": { schema: { type: "string" } } },
          },
          "422": { $ref: "#/components/responses/Invalid" },
          ...commonProblems,
        },
      },
    },
    "/incidents/{id}/assessments": {
      parameters: [incidentId],
      get: {
        operationId: "listAssessments",
        summary: "Every assessment version, newest first",
        responses: { "200": okObject("The assessments."), ...onIncident },
      },
      post: {
        operationId: "createAssessment",
        summary: "The DPO's decision on the computed suggestion: accept or override, per audience, with a rationale",
        requestBody: objectBody(
          "{ authorityDecision: accept|override, authorityRationale, subjectsDecision: accept|override, " +
            "subjectsRationale, subjectsOverrideTo? }",
        ),
        responses: {
          "201": okObject("The new assessment version."),
          "403": problem("Only the practice's DPO decides."),
          ...withBody,
          ...onIncident,
        },
      },
    },
    "/incidents/{id}/notification": {
      parameters: [incidentId, query("authority", "cnil, ico, dpc, uoou, edpb, or a country code; default: the organisation's.")],
      get: {
        operationId: "getNotification",
        summary: "The Art. 33 notification draft and the items still missing",
        responses: { "200": okObject("The draft."), "422": { $ref: "#/components/responses/Invalid" }, ...onIncident },
      },
    },
    ...notificationDetailsPaths(onIncident, withBody),
    "/incidents/{id}/filings": {
      parameters: [incidentId],
      get: {
        operationId: "listFilings",
        summary: "Filings with the authority, each with the exact content sent",
        responses: { "200": okObject("The filings."), ...onIncident },
      },
      post: {
        operationId: "recordFiling",
        summary: "Record a filing (initial, follow_up, complete); lateReason is required after the deadline",
        requestBody: objectBody("{ kind, channel, filedAt, authority?, authorityReference?, lateReason? }"),
        responses: { "201": okObject("The filing."), "403": problem("Only the practice's DPO files."), ...withBody, ...onIncident },
      },
    },
    "/incidents/{id}/packet": {
      parameters: [incidentId],
      post: {
        operationId: "exportPacket",
        summary: "Export the verifiable submission packet (DPO or lawyer); fetch it from the returned location",
        responses: {
          "201": {
            ...okObject("Where to fetch the packet, and its manifest."),
            headers: { Location: { schema: { type: "string" }, description: "The packet's URL." } },
          },
          "403": problem("Only the DPO or a lawyer exports packets."),
          ...onIncident,
        },
      },
    },
    "/incidents/{id}/packet/{exportId}": {
      parameters: [incidentId, { name: "exportId", in: "path", required: true, schema: { type: "string" } }],
      get: {
        operationId: "downloadPacket",
        summary: "The exported packet (ZIP); `breachdesk verify-packet` checks it",
        responses: {
          "200": { description: "The ZIP.", content: { "application/zip": { schema: { type: "string", format: "binary" } } } },
          ...onIncident,
        },
      },
    },
    ...communicationPaths(onIncident, withBody),
    ...practicePaths(commonProblems, withBody),
    "/me": {
      get: {
        operationId: "getMe",
        summary: "Who the token acts as, with organisations and roles",
        responses: { "200": ok("The token's person.", "Me"), ...commonProblems },
      },
    },
    "/openapi.json": {
      get: {
        operationId: "getOpenApi",
        summary: "This document (no token needed)",
        security: [],
        responses: { "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  };
}

let cached: Record<string, unknown> | undefined;

/** Built once per process: the schemas are static, `now` only fills zod's "not in the future" factories. */
export function openApiDocument(): Record<string, unknown> {
  cached ??= {
    openapi: "3.1.0",
    info: {
      title: "Breachdesk API",
      version: "1.0.0",
      description:
        "Personal-data-breach case management (GDPR Art. 33/34). JSON in and out; errors are RFC 9457 " +
        "problem+json listing the offending fields. " +
        ("Every answer is Cache-Control: no-store. The API enforces the same roles, tenancy and audit as the " +
          "pages: another organisation's incident is 404."),
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: [] }],
    paths: paths(),
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "A token from `breachdesk token create --email <email>`; it acts with that person's roles.",
        },
      },
      schemas: componentSchemas(new Date()),
      responses: {
        MalformedBody: problem('The body is not valid JSON (errors name "body").'),
        NotJson: problem("The body is not sent as application/json."),
        Unauthorized: {
          ...problem("No valid bearer token."),
          headers: { "WWW-Authenticate": { schema: { type: "string" }, description: "Bearer" } },
        },
        NotFound: problem("No such resource among those the token's person can see."),
        Invalid: problem("The input is not valid: `errors` lists each field (JSON path) and its problem."),
        ServerError: problem("An unexpected error; `errorId` identifies it in the server log."),
      },
    },
  };
  return cached;
}
