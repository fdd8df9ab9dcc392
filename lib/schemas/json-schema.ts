import { z } from "zod";

/*
 * The JSON Schema of a zod schema, for the OpenAPI document (lib/server/api/openapi-schemas.ts): requests
 * from their input schema, answers from their DTO schema, so the document cannot drift from the code.
 */

export type JsonSchema = Record<string, unknown>;

export interface JsonSchemaOptions {
  /** "input" for what a request may send, "output" for what an answer holds. */
  io: "input" | "output";
  /** Schemas documented once as a named component: referenced by name wherever they appear inside. */
  components?: ReadonlyMap<object, string>;
}

export function jsonSchemaOf(schema: z.ZodType, { io, components }: JsonSchemaOptions): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema, path }) => {
      // An answer may gain members (the API is additive only): clients must not reject them.
      if (io === "output") delete (jsonSchema as JsonSchema).additionalProperties;
      const name = path.length > 0 ? components?.get(zodSchema) : undefined;
      if (!name) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
      (jsonSchema as JsonSchema).$ref = `#/components/schemas/${name}`;
    },
  }) as JsonSchema;
  const { $schema: _dialect, ...rest } = json;
  return rest;
}
