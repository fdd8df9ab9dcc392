import { problemResponse } from "./problem";

/** Larger JSON bodies are refused before parsing: an incident's text fits many times over. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

export type BodyRead = { ok: true; value: unknown } | { ok: false; problem: (instance: string) => Response };

const isJsonType = (contentType: string) => /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType.trim());

/**
 * A request's JSON body: undefined when there is none, 415 when it is not declared as JSON, 413 when too
 * large, 400 naming "body" when it does not parse. An empty body is left to the schema to judge.
 */
export async function readJsonBody(request: Request): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) return tooLarge();
  const text = await request.text();
  if (text.trim() === "") return { ok: true, value: undefined };
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) return tooLarge();
  const contentType = request.headers.get("content-type") ?? "";
  if (!isJsonType(contentType)) {
    return {
      ok: false,
      problem: (instance) =>
        problemResponse(
          instance,
          415,
          `The body must be JSON, sent with Content-Type: application/json (got ${contentType ? `"${contentType}"` : "none"}).`,
          {
            errors: [{ field: "body", problem: "must be sent as application/json" }],
            headers: { "Accept-Post": "application/json", "Accept-Patch": "application/json" },
          },
        ),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : "it does not parse";
    return {
      ok: false,
      problem: (instance) =>
        problemResponse(instance, 400, `The body is not valid JSON: ${reason}.`, {
          errors: [{ field: "body", problem: `is not valid JSON: ${reason}` }],
        }),
    };
  }
}

function tooLarge(): BodyRead {
  return {
    ok: false,
    problem: (instance) =>
      problemResponse(instance, 413, `The body is larger than ${MAX_JSON_BODY_BYTES} bytes.`, {
        errors: [{ field: "body", problem: `must be at most ${MAX_JSON_BODY_BYTES} bytes` }],
      }),
  };
}
