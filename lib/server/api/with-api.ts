import { randomUUID } from "node:crypto";
import { actorFromBearer } from "@/lib/server/auth/api-actor";
import { clientIp } from "@/lib/server/auth/client-ip";
import type { Actor } from "@/lib/server/actor";
import type { InputSchema } from "@/lib/schemas/input-schema";
import { parseInput } from "@/lib/server/parse-input";
import { invalid, type ServiceResult } from "@/lib/server/result";
import { defaultContext, type ServiceContext } from "@/lib/server/service-context";
import { isJsonObject } from "./json-object";
import { failureResponse, problemResponse } from "./problem";
import { queryInput, type QuerySpec } from "./query-params";
import { readJsonBody } from "./request-body";
import { apiJson } from "./responses";

/*
 * The one wrapper of every /api/v1 route handler (like dub's withWorkspace): it authenticates the bearer
 * token, builds the service context with the caller's IP for the audit trail, parses the JSON body and the
 * query with the input's shared schema (once: the handler gets typed values), maps a failure to problem+json
 * once, turns an unexpected exception into a 500 that reveals nothing, and marks every answer
 * `Cache-Control: no-store` (they carry personal data).
 * A handler written with it cannot forget any of these.
 */

export interface ApiCall<P extends Record<string, string>, B = unknown, Q = undefined> {
  ctx: ServiceContext;
  /** The person the token acts as, with exactly their roles (via "api"). */
  actor: Actor;
  request: Request;
  url: URL;
  /** The route's dynamic segments, e.g. { id } for /incidents/[id]. */
  params: P;
  /**
   * With a body schema: the body as the schema's output. Without: the parsed JSON of POST/PUT/PATCH (undefined
   * when empty). Always undefined with `body: "raw"`.
   */
  body: B;
  /** With a query schema: the query string as the schema's output. */
  query: Q;
}

/** A Response is sent as it is; a service result is sent as 200 JSON when ok, as problem+json when not. */
export type ApiAnswer = Response | ServiceResult<unknown>;

/** How the route turns the request into its service's input; a failure answers 422 naming each field. */
export interface ApiInput<P, T> {
  /** The input's shared schema (lib/schemas). */
  schema: InputSchema<unknown, T>;
  /** Members the path decides, whatever the request says (the incident's id). */
  fromPath?: (params: P) => Record<string, unknown>;
  /** Members the API sets when the request leaves them out (POST /incidents reports unless "submit": false). */
  defaults?: Record<string, unknown>;
}

export interface ApiOptions<P, B, Q> {
  /**
   * "json" (default): POST/PUT/PATCH bodies are parsed as JSON and handed over as they are. A schema: the JSON
   * body must be an object, and the handler gets the schema's output. "raw": the handler reads the request
   * itself (CSV, files).
   */
  body?: "json" | "raw" | ApiInput<P, B>;
  /** The query parameters the route takes (text, numbers, lists: `spec`) and the schema that judges them. */
  query?: ApiInput<P, Q> & { spec: QuerySpec };
}

/** What Next.js passes as the second argument of a route handler. */
export interface RouteContext<P> {
  params: Promise<P>;
}

const METHODS_WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

function withNoStore(response: Response): Response {
  response.headers.set("Cache-Control", "no-store");
  return response;
}

function unexpected(error: unknown, request: Request, instance: string): Response {
  const errorId = randomUUID();
  // The details stay in the server log; the client gets only an id to quote when reporting it.
  console.error(`[api] ${request.method} ${instance} failed (error ${errorId})`, error);
  return problemResponse(instance, 500, "Something went wrong on the server. Quote the errorId if you report it.", {
    extensions: { errorId },
  });
}

const notAnObject = invalid([{ field: "body", problem: "must be a JSON object" }]);

function inputOf<P, T>(input: ApiInput<P, T>, raw: unknown, params: P, now: Date): ServiceResult<T> {
  if (!isJsonObject(raw)) return notAnObject;
  const given = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== null));
  const merged = { ...raw, ...Object.fromEntries(Object.entries(input.defaults ?? {}).filter(([key]) => !(key in given))) };
  return parseInput(input.schema, { ...merged, ...input.fromPath?.(params) }, now);
}

function toResponse(answer: ApiAnswer, instance: string): Response {
  if (answer instanceof Response) return answer;
  return answer.ok ? apiJson(answer.value) : failureResponse(instance, answer);
}

/** An authenticated endpoint: 401 without a valid bearer token, before the handler ever runs. */
export function withApi<P extends Record<string, string> = Record<string, never>, B = unknown, Q = undefined>(
  handler: (call: ApiCall<P, B, Q>) => Promise<ApiAnswer>,
  options: ApiOptions<P, B, Q> = {},
) {
  return async function apiRoute(request: Request, context?: RouteContext<P>): Promise<Response> {
    const url = new URL(request.url);
    const instance = url.pathname;
    try {
      const ctx = await defaultContext();
      const authorization = request.headers.get("authorization");
      const actor = await actorFromBearer(ctx, authorization, clientIp(request.headers));
      if (!actor) {
        const challenge = authorization ? 'Bearer realm="breachdesk", error="invalid_token"' : 'Bearer realm="breachdesk"';
        const detail = authorization
          ? "The bearer token is not valid: unknown, revoked or expired, or its user is disabled."
          : "This endpoint needs an API token: send Authorization: Bearer <token> (breachdesk token create).";
        return withNoStore(problemResponse(instance, 401, detail, { headers: { "WWW-Authenticate": challenge } }));
      }
      let body: unknown;
      if (options.body !== "raw" && METHODS_WITH_BODY.has(request.method)) {
        const read = await readJsonBody(request);
        if (!read.ok) return withNoStore(read.problem(instance));
        body = read.value;
      }
      const params = ((await context?.params) ?? {}) as P;
      let query: unknown;
      if (options.query) {
        const read = queryInput(url, options.query.spec);
        const parsed = read.ok ? inputOf(options.query, read.value, params, ctx.now()) : read;
        if (!parsed.ok) return withNoStore(failureResponse(instance, parsed));
        query = parsed.value;
      }
      if (typeof options.body === "object") {
        const parsed = inputOf(options.body, body, params, ctx.now());
        if (!parsed.ok) return withNoStore(failureResponse(instance, parsed));
        body = parsed.value;
      }
      const call = { ctx, actor, request, url, params, body: body as B, query: query as Q };
      return withNoStore(toResponse(await handler(call), instance));
    } catch (error) {
      return withNoStore(unexpected(error, request, instance));
    }
  };
}

/** An endpoint anyone may read (only the OpenAPI document): no token, no database, same error and cache rules. */
export function withPublicApi(handler: (call: { request: Request; url: URL }) => Promise<ApiAnswer>) {
  return async function publicApiRoute(request: Request): Promise<Response> {
    const url = new URL(request.url);
    try {
      return withNoStore(toResponse(await handler({ request, url }), url.pathname));
    } catch (error) {
      return withNoStore(unexpected(error, request, url.pathname));
    }
  };
}
