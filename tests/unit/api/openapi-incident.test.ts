import { describe, expect, it } from "vitest";
import { incidentDtoSchema } from "@/lib/schemas/answers/incident-dto";
import { componentSchemas } from "@/lib/server/api/openapi-schemas";

/*
 * The OpenAPI document's "Incident" is produced from the DTO schema the services answer with
 * (lib/schemas/answers/incident-dto.ts): the same members, all required, the facts by reference to their component.
 */
describe("the OpenAPI Incident", () => {
  const components = componentSchemas(new Date("2026-03-30T12:00:00Z"));
  const incident = components.Incident as { properties: Record<string, Record<string, unknown>>; required: string[] };

  it("has every member of the DTO, each required, in the DTO's order", () => {
    const members = Object.keys(incidentDtoSchema.shape);
    expect(Object.keys(incident.properties)).toEqual(members);
    expect(incident.required).toEqual(members);
  });

  it("describes instants as date-times, null where the DTO allows it, and refers to the facts' component", () => {
    expect(incident.properties.awareAt).toEqual({ type: "string", format: "date-time" });
    expect(incident.properties.closedAt).toEqual({ anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] });
    expect(incident.properties.ongoing).toMatchObject({ type: ["boolean", "null"] });
    expect(incident.properties.facts).toEqual({ $ref: "#/components/schemas/BreachFactsDraft" });
    expect(components.BreachFactsDraft).toBeDefined();
    expect(incident.properties.state).toMatchObject({ enum: ["draft", "reported", "under_assessment", "decided", "notified", "closed"] });
  });

  it("lets an answer gain members (the API is additive), while request bodies stay strict", () => {
    expect(incident).not.toHaveProperty("additionalProperties");
    expect(components.IncidentPatch).toMatchObject({ additionalProperties: false });
  });
});
