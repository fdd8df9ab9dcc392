import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { linkBase } from "@/lib/config/link-base";
import { RECORDED_APP_URL_FILE, recordAppUrl, recordedAppUrl } from "@/lib/config/recorded-app-url";
import { localAddress, recordAppUrlWhenListening } from "@/scripts/record-app-url";

const folders: string[] = [];
const servers: Server[] = [];
const folder = () => {
  const made = mkdtempSync(path.join(tmpdir(), "bd-app-url-"));
  folders.push(made);
  return made;
};
afterEach(async () => {
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A process that has not exited, as `next start` while it serves. */
const running = { exitCode: null, signalCode: null } as unknown as ChildProcess;

describe("the app's recorded public URL", () => {
  it("is read back as written, without a trailing slash; a missing or foreign file reads as none", () => {
    const dir = folder();
    expect(recordedAppUrl(dir)).toBeNull();
    recordAppUrl("http://127.0.0.1:4817/", new Date("2026-12-07T08:00:00Z"), dir);
    expect(recordedAppUrl(dir)).toBe("http://127.0.0.1:4817");
    expect(JSON.parse(readFileSync(path.join(dir, RECORDED_APP_URL_FILE), "utf8"))).toEqual({
      url: "http://127.0.0.1:4817",
      recordedAt: "2026-12-07T08:00:00.000Z",
    });
    for (const text of ["not json", '{"url": 4817}', '{"url": "file:///etc/passwd"}', '{"url": "127.0.0.1:4817"}']) {
      writeFileSync(path.join(dir, RECORDED_APP_URL_FILE), text);
      expect(recordedAppUrl(dir)).toBeNull();
    }
  });

  it("is the base of links unless APP_URL or HOST and PORT are set for the command", () => {
    expect(linkBase({}, "http://127.0.0.1:4817")).toEqual({ url: "http://127.0.0.1:4817", from: "running app" });
    expect(linkBase({ PORT: "4100" }, "http://127.0.0.1:4817")).toEqual({ url: "http://127.0.0.1:4100", from: "HOST and PORT" });
    expect(linkBase({ APP_URL: "https://b.example" }, "http://127.0.0.1:4817")).toEqual({ url: "https://b.example", from: "APP_URL" });
    expect(linkBase({}, null)).toEqual({ url: "http://127.0.0.1:3000", from: "default" });
  });

  it("is recorded by the start script once the server answers, not before", async () => {
    const dir = folder();
    process.env.BREACHDESK_DATA_DIR = dir;
    const server = createServer((_request, response) => response.writeHead(503).end());
    servers.push(server);
    // A port that answers only later: the recorder must keep asking until then.
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const recording = recordAppUrlWhenListening(running, localAddress("0.0.0.0", port), "https://breachdesk.example.org");
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(recordedAppUrl(dir)).toBeNull();
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    await recording;
    expect(recordedAppUrl(dir)).toBe("https://breachdesk.example.org");
    delete process.env.BREACHDESK_DATA_DIR;
  });

  it("is not recorded when the server exits before it listens", async () => {
    const dir = folder();
    process.env.BREACHDESK_DATA_DIR = dir;
    await recordAppUrlWhenListening({ exitCode: 1, signalCode: null } as unknown as ChildProcess, "http://127.0.0.1:9", "http://x.example");
    expect(recordedAppUrl(dir)).toBeNull();
    delete process.env.BREACHDESK_DATA_DIR;
  });

  it("is reached on loopback when the server listens on every address", () => {
    expect(localAddress("0.0.0.0", 4000)).toBe("http://127.0.0.1:4000");
    expect(localAddress("::", 4000)).toBe("http://127.0.0.1:4000");
    expect(localAddress("::1", 4000)).toBe("http://[::1]:4000");
    expect(localAddress("127.0.0.1", 4000)).toBe("http://127.0.0.1:4000");
  });
});
