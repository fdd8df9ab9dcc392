import type { Problem } from "@/lib/schemas/answers/problem";
import type { FieldError } from "@/lib/schemas/field-errors";
import type { ServiceFailure } from "@/lib/server/result";
import { isJsonObject } from "./json-object";

/*
 * RFC 9457 problem details: the one error shape of the JSON API. `type` is "about:blank" (the status says
 * what kind of problem it is, and every kind has its own status); `detail` says what went wrong in words,
 * `errors` names each offending field by its JSON path ("facts.subjects.count").
 */

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  406: "Not Acceptable",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  500: "Internal Server Error",
};

/** Extension members may not overwrite the standard ones. */
const STANDARD_MEMBERS = new Set(["type", "title", "status", "detail", "instance", "errors"]);

export function problemResponse(
  instance: string,
  status: number,
  detail: string,
  extra: { errors?: FieldError[]; extensions?: Record<string, unknown>; headers?: HeadersInit } = {},
): Response {
  const body: Problem = { type: "about:blank", title: TITLES[status] ?? "Error", status, detail, instance };
  if (extra.errors) body.errors = extra.errors;
  for (const [name, value] of Object.entries(extra.extensions ?? {})) {
    if (!STANDARD_MEMBERS.has(name)) body[name] = value;
  }
  const headers = new Headers(extra.headers);
  headers.set("Content-Type", PROBLEM_CONTENT_TYPE);
  return new Response(JSON.stringify(body), { status, headers });
}

export function invalidDetail(errors: FieldError[]): string {
  const first = errors[0];
  if (!first) return "The request is not valid.";
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? "s" : ""})` : "";
  return `${first.field} ${first.problem}${more}.`;
}

/**
 * The one mapping from a service's expected failure to HTTP (docs/ARCHITECTURE.md rule 2). A conflict's value
 * (the current version, the fields changed since) travels as extension members, so the client can merge.
 */
export function failureResponse(instance: string, failure: ServiceFailure): Response {
  switch (failure.error) {
    case "invalid":
      return problemResponse(instance, 422, invalidDetail(failure.fields), { errors: failure.fields });
    case "forbidden":
      return problemResponse(instance, 403, failure.message);
    case "not_found":
      return problemResponse(instance, 404, failure.message);
    case "conflict":
      return problemResponse(instance, 409, failure.message, { extensions: isJsonObject(failure.current) ? failure.current : {} });
  }
}
