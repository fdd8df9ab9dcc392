/** A JSON object (not an array, not null): what an API body and a problem's extension members must be. */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
