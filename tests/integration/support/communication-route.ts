import path from "node:path";
import { fileURLToPath } from "node:url";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * The POST handler of app/api/v1/communications/[id]/<action>, called the way Next.js calls it: a JSON body
 * sent with a bearer token. Gives the answer's status, headers and JSON body.
 */
export async function communicationPost(action: string) {
  const routeFile = fileURLToPath(new URL(`../../../app/api/v1/communications/[id]/${action}/route.ts`, import.meta.url));
  const post = ((await import(path.resolve(routeFile))) as { POST: Handler }).POST;
  return async (token: string, id: string, body: unknown) => {
    const response = await post(
      new Request(`https://breachdesk.test/api/v1/communications/${id}/${action}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ id }) },
    );
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      location: response.headers.get("location"),
      cacheControl: response.headers.get("cache-control"),
      json: (await response.json()) as Record<string, unknown>,
    };
  };
}
