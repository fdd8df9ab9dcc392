import { breachFactsSchema } from "@/lib/schemas/breach-facts";
import { breachFactsDraftSchema, incidentCreateSchema, incidentDraftSchema, incidentPatchSchema } from "@/lib/schemas/incident";
import { incidentDtoSchema, incidentPageSchema } from "@/lib/schemas/answers/incident-dto";
import { incidentDeadlinesSchema } from "@/lib/schemas/answers/deadlines";
import { meSchema } from "@/lib/schemas/answers/me";
import { problemSchema } from "@/lib/schemas/answers/problem";
import { jsonSchemaOf, type JsonSchema } from "@/lib/schemas/json-schema";

/*
 * The JSON schemas of the OpenAPI document. Request bodies come from the zod schemas the services use, and
 * the answers (the incident, its deadlines, me, problem) from their schemas under lib/schemas/answers/, all
 * through z.toJSONSchema, so the document cannot drift from the code; the register's answer is still written
 * out here.
 */

const INSTANT_FIELDS = new Set(["occurredAt", "discoveredAt", "awareAt", "containedAt"]);

/** zod's input side of an ISO instant is a plain string: say it is a date-time. */
function markInstants(schema: unknown): void {
  if (typeof schema !== "object" || schema === null) return;
  const properties = (schema as { properties?: Record<string, JsonSchema> }).properties;
  for (const [name, property] of Object.entries(properties ?? {})) {
    if (INSTANT_FIELDS.has(name)) {
      if (property.type === "string") property.format = "date-time";
      else if (Array.isArray(property.type)) property.anyOf = [{ type: "string", format: "date-time" }, { type: "null" }];
      if (Array.isArray(property.type)) delete property.type;
    }
    markInstants(property);
  }
}

function fromZod(schema: Parameters<typeof jsonSchemaOf>[0], description: string, omit: readonly string[] = []): JsonSchema {
  const json = jsonSchemaOf(schema, { io: "input" });
  const properties = json.properties as Record<string, unknown> | undefined;
  for (const name of omit) delete properties?.[name];
  if (Array.isArray(json.required)) json.required = json.required.filter((name) => !omit.includes(name as string));
  markInstants(json);
  return { ...json, description };
}

const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: "object", properties, required });

export function componentSchemas(now: Date): Record<string, JsonSchema> {
  return {
    BreachFacts: fromZod(breachFactsSchema, "The breach facts (complete), as `breachdesk assess` reads them."),
    BreachFactsDraft: fromZod(breachFactsDraftSchema, "Breach facts of a draft: any part may be missing, what is there must be valid."),
    IncidentCreate: {
      description:
        "POST /incidents. Without `submit` (or with true) the incident is reported and `facts` must be " +
        'complete; with `"submit": false` it is saved as a draft.',
      oneOf: [
        fromZod(incidentCreateSchema(now), "A reported incident: complete facts."),
        fromZod(incidentDraftSchema(now), "A draft: `submit` is false, facts may be partial."),
      ],
    },
    IncidentPatch: fromZod(incidentPatchSchema, "PATCH /incidents/{id}: `version` as read, and any field to change.", ["incidentId"]),
    Incident: jsonSchemaOf(incidentDtoSchema, { io: "output", components: new Map([[breachFactsDraftSchema, "BreachFactsDraft"]]) }),
    IncidentPage: jsonSchemaOf(incidentPageSchema, { io: "output" }),
    IncidentDeadlines: jsonSchemaOf(incidentDeadlinesSchema, { io: "output" }),
    Register: {
      ...object({
        rows: { type: "array", items: { type: "object" } },
        statistics: { type: "array", items: { type: "object" } },
        filters: { type: "object" },
      }),
      description:
        "The Art. 33(5) register: one row per incident (facts, effects, remedial action, decision, " +
        "notification and its timeliness). Each row's `deadline` is the one its first filing is judged " +
        "against (its own regime's; for a processor, telling the controller: `notifyControllerBy`, with " +
        "`notifyAuthorityBy` null); `filingStanding` is on_time, late_within_legal_limit (after the deadline, " +
        "within Regulation 1182/71's limit) or after_legal_limit.",
    },
    Me: jsonSchemaOf(meSchema, { io: "output" }),
    Problem: jsonSchemaOf(problemSchema, { io: "output" }),
  };
}
