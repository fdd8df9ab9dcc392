/**
 * One app instance as its own process, for the test that runs two on one PostgreSQL (app-instances.test.ts):
 * its own database connection, its own memory and its own data folder, answering HTTP with the same services
 * the app's routes call (upload and download an attachment, start and follow a packet export, download the
 * packet). The acting person comes from ACTOR (JSON), as a signed-in session would give it.
 *
 * Reads DATABASE_URL, ACTOR, BREACHDESK_DATA_DIR and BREACHDESK_ENCRYPTION_KEYS; says its port over IPC.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import { readEnv } from "@/lib/config/env";
import { openDb } from "@/lib/db/client";
import type { Actor } from "@/lib/server/actor";
import { addAttachment } from "@/lib/server/incidents/attachments/add-attachment";
import { readAttachment } from "@/lib/server/incidents/attachments/read-attachment";
import { packetJobStatus, startPacketExport } from "@/lib/server/packet/export-jobs";
import { readExportedPacket } from "@/lib/server/packet/export-packet";
import type { ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";

const url = process.env.DATABASE_URL;
if (!url || !process.env.ACTOR) throw new Error("DATABASE_URL and ACTOR are required");
const actor = JSON.parse(process.env.ACTOR) as Actor;
const { db, provider } = await openDb(url);
const ctx: ServiceContext = { db, provider, env: readEnv({ APP_URL: "https://breachdesk.test" }), now: () => new Date() };

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function answer<T>(response: ServerResponse, result: ServiceResult<T>, send: (value: T) => void) {
  if (result.ok) return send(result.value);
  response.writeHead(result.error === "not_found" ? 404 : result.error === "forbidden" ? 403 : 400, { "content-type": "application/json" });
  response.end(JSON.stringify(result));
}

const json = (response: ServerResponse, value: unknown) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(value));
};

const server = createServer(async (request, response) => {
  try {
    const address = new URL(request.url ?? "/", "http://instance");
    const parts = address.pathname.split("/").filter(Boolean);
    if (request.method === "POST" && parts[0] === "attachments") {
      const name = address.searchParams.get("name") ?? "file.txt";
      const file = new File([new Uint8Array(await body(request))], name, { type: "text/plain" });
      return answer(
        response,
        await addAttachment(ctx, actor, { incidentId: address.searchParams.get("incidentId") ?? "", file }),
        (value) => json(response, value),
      );
    }
    if (request.method === "GET" && parts[0] === "attachments" && parts[1]) {
      return answer(response, await readAttachment(ctx, actor, { attachmentId: parts[1] }), (value) => {
        response.writeHead(200, { "content-type": "application/octet-stream" });
        response.end(value.content);
      });
    }
    if (request.method === "POST" && parts[0] === "packets") {
      return answer(response, await startPacketExport(ctx, actor, { incidentId: address.searchParams.get("incidentId") ?? "" }), (job) =>
        json(response, job),
      );
    }
    if (request.method === "GET" && parts[0] === "packets" && parts[2] === "status") {
      const job = await packetJobStatus(ctx, actor, parts[1] ?? "");
      if (!job) return answer(response, { ok: false, error: "not_found", message: "No such export." }, () => {});
      return json(response, job);
    }
    if (request.method === "GET" && parts[0] === "packets" && parts[2]) {
      const result = await readExportedPacket(ctx, actor, { incidentId: parts[1] ?? "", exportId: parts[2] });
      return answer(response, result, async (download) => {
        response.writeHead(200, { "content-type": "application/zip", "content-length": String(download.size) });
        await pipeline(download.stream, response);
      });
    }
    response.writeHead(404).end();
  } catch (error) {
    console.error(error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  }
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.send?.({ port: typeof address === "object" && address ? address.port : 0 });
});
