import { REGIME_CHOICES } from "@/lib/schemas/admin";
import { SUPPORTED_COUNTRIES } from "@/lib/domain/organisation/countries";
import { GERMAN_LANDS } from "@/lib/domain/organisation/regions";

/*
 * The practice-details endpoint's part of the OpenAPI document, for lib/server/api/openapi.ts to spread into
 * its paths. Countries and regimes come from the shared lists, so the document and the validation agree.
 */
type Responses = Record<string, unknown>;

const slugParam = { name: "slug", in: "path", required: true, schema: { type: "string" }, description: "The practice's slug." };
const refused = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

const changeable = {
  name: { type: "string", minLength: 2, maxLength: 200 },
  country: {
    enum: SUPPORTED_COUNTRIES.map((country) => country.code),
    description: "ISO 3166-1 alpha-2; decides the authority and the public holidays.",
  },
  region: {
    type: ["string", "null"],
    enum: [...GERMAN_LANDS.map((land) => land.code), null],
    description: "The Land of a German practice (ISO 3166-2), which decides its authority; null clears it (docs/AUTHORITIES.md).",
  },
  timeZone: { type: "string", description: "An IANA zone such as Europe/Paris (never a town)." },
  address: { type: ["string", "null"], maxLength: 500, description: "Postal address for the authority's form; null clears it." },
  registrationNumber: {
    type: ["string", "null"],
    maxLength: 50,
    description:
      "SIREN (9 digits) or SIRET (14 digits) in France and IČO (8 digits) in Czechia, each with its check " +
      "digit checked; elsewhere any plain identifier. null clears it.",
  },
  dpoName: { type: ["string", "null"], maxLength: 200 },
  dpoEmail: { type: ["string", "null"], format: "email" },
  dpoPhone: { type: ["string", "null"], maxLength: 50 },
  regimes: { type: "array", minItems: 1, items: { enum: [...REGIME_CHOICES] } },
};

const details = {
  type: "object",
  properties: { slug: { type: "string" }, ...changeable, updatedAt: { type: "string", format: "date-time" } },
};

export function practicePaths(common: Responses, withBody: Responses) {
  const onPractice = {
    ...common,
    "403": refused("A member who is not an administrator of the practice."),
    "404": { $ref: "#/components/responses/NotFound" },
  };
  return {
    "/organizations/{slug}": {
      parameters: [slugParam],
      get: {
        operationId: "getPractice",
        summary: "The practice's details as the authority forms use them (its administrators only)",
        responses: { "200": { description: "The details.", content: { "application/json": { schema: details } } }, ...onPractice },
      },
      patch: {
        operationId: "updatePractice",
        summary: "Changes the fields sent, keeps the others (last write wins); a field not listed here is refused by name",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { type: "object", additionalProperties: false, properties: changeable } } },
        },
        responses: {
          "200": { description: "The details as stored.", content: { "application/json": { schema: details } } },
          ...withBody,
          ...onPractice,
        },
      },
    },
  };
}
