import { describe, expect, it } from "vitest";
import { incidentDeadlinesSchema } from "@/lib/schemas/answers/deadlines";
import { meSchema } from "@/lib/schemas/answers/me";
import { notificationDetailsDtoSchema } from "@/lib/schemas/answers/notification-details";
import { problemSchema } from "@/lib/schemas/answers/problem";
import { EMPTY_NOTIFICATION_DETAILS } from "@/lib/schemas/notification-details";
import { componentSchemas } from "@/lib/server/api/openapi-schemas";
import { problemResponse } from "@/lib/server/api/problem";
import { notificationDetailsPaths } from "@/lib/server/notification/openapi-paths";

/*
 * The OpenAPI document's IncidentDeadlines, Me and Problem are produced from the answer schemas the services
 * and the problem responses are typed by (lib/schemas/answers/): same members, the same required ones.
 */
type ObjectSchema = { properties: Record<string, Record<string, unknown>>; required: string[]; description?: string };
const components = componentSchemas(new Date("2026-03-30T12:00:00Z")) as Record<string, ObjectSchema>;

describe("the OpenAPI answers produced from their schemas", () => {
  it("IncidentDeadlines: every member required, instants as date-times, each deadline's optional limit left optional", () => {
    const deadlines = components.IncidentDeadlines!;
    expect(Object.keys(deadlines.properties)).toEqual(Object.keys(incidentDeadlinesSchema.shape));
    expect(deadlines.required).toEqual(Object.keys(incidentDeadlinesSchema.shape));
    expect(deadlines.properties.computedAt).toEqual({ type: "string", format: "date-time" });
    const item = (deadlines.properties.deadlines as { items: ObjectSchema }).items;
    expect(item.required).toEqual([
      "regime",
      "obligation",
      "basis",
      "due",
      "dueLocal",
      "internalTarget",
      "provisional",
      "status",
      "remainingMs",
      "inWords",
    ]);
    expect(item.properties.status).toMatchObject({ enum: ["open", "due soon", "overdue", "met"] });
    expect(deadlines).not.toHaveProperty("additionalProperties");
  });

  it("Me: the person and their roles, a name that may be null", () => {
    const me = components.Me!;
    expect(me.required).toEqual(Object.keys(meSchema.shape));
    expect(me.properties.name).toEqual({ type: ["string", "null"] });
  });

  it("Problem: the RFC 9457 members, errors optional, extensions allowed, and what problemResponse sends conforms", async () => {
    const problem = components.Problem!;
    expect(problem.required).toEqual(["type", "title", "status", "detail", "instance"]);
    expect(problem).not.toHaveProperty("additionalProperties");
    expect(problem.description).toContain("RFC 9457");
    const body: unknown = await problemResponse("/api/v1/incidents/x", 409, "Changed since you read it.", {
      errors: [{ field: "title", problem: "is required" }],
      extensions: { currentVersion: 3 },
    }).json();
    expect(problemSchema.parse(body)).toMatchObject({ status: 409, currentVersion: 3, errors: [{ field: "title" }] });
  });

  it("notification details: the answer's every member required, described from the EDPB template, and what is stored conforms", () => {
    const path = notificationDetailsPaths({}, {})["/incidents/{id}/notification/details"];
    const answer = path.get.responses["200"].content["application/json"].schema as ObjectSchema;
    expect(answer.required).toEqual(["incidentId", "reference", "version", "details"]);
    const details = answer.properties.details as unknown as ObjectSchema;
    expect(details.required).toEqual(Object.keys(EMPTY_NOTIFICATION_DETAILS));
    expect(details.properties.discoveredBy!.description).toContain("EDPB template 3.1");
    const empty = { incidentId: "i", reference: "BD-2026-0001", version: 1, details: EMPTY_NOTIFICATION_DETAILS };
    expect(notificationDetailsDtoSchema.strict().parse(empty)).toEqual(empty);
  });
});
