import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/config/env";
import { clientIp, trustedProxyList } from "@/lib/server/auth/client-ip";
import { PEER_ADDRESS_HEADER } from "@/lib/server/auth/peer-address-header";

const none = trustedProxyList([]);
const request = (peer: string | null, forwardedFor?: string) =>
  new Headers({
    ...(peer ? { [PEER_ADDRESS_HEADER]: peer } : {}),
    ...(forwardedFor !== undefined ? { "x-forwarded-for": forwardedFor } : {}),
  });

describe("the client address without a trusted proxy", () => {
  it("is the connection's address, whatever X-Forwarded-For says", () => {
    const seen = new Set(
      ["203.0.113.1", "203.0.113.2", "10.0.0.1, 203.0.113.3", "garbage", "", "::1"].map((forged) =>
        clientIp(request("198.51.100.23", forged), none),
      ),
    );
    expect([...seen]).toEqual(["198.51.100.23"]);
    expect(clientIp(request("198.51.100.23"), none)).toBe("198.51.100.23");
  });

  it("ignores X-Real-IP, reads IPv4-mapped addresses as IPv4, and is null when the server did not record the connection", () => {
    expect(clientIp(new Headers({ [PEER_ADDRESS_HEADER]: "::ffff:192.0.2.8", "x-real-ip": "203.0.113.9" }), none)).toBe("192.0.2.8");
    expect(clientIp(request(null, "203.0.113.1"), none)).toBeNull();
    expect(clientIp(request("not an address", "203.0.113.1"), none)).toBeNull();
  });

  it("reads plain header objects too (next-auth passes one)", () => {
    expect(clientIp({ [PEER_ADDRESS_HEADER]: "192.0.2.30", "x-forwarded-for": "203.0.113.1" }, none)).toBe("192.0.2.30");
  });
});

describe("the client address behind trusted proxies", () => {
  const proxies = trustedProxyList(["10.0.0.0/8", "192.0.2.1", "2001:db8::/32"]);

  it("takes the right-most address that no trusted proxy owns", () => {
    expect(clientIp(request("10.1.2.3", "203.0.113.50"), proxies)).toBe("203.0.113.50");
    // The client wrote 6.6.6.6 itself; the load balancer (192.0.2.1) then the ingress (10.1.2.3) appended.
    expect(clientIp(request("10.1.2.3", "6.6.6.6, 198.51.100.77, 192.0.2.1"), proxies)).toBe("198.51.100.77");
    expect(clientIp(request("2001:db8::5", "2001:db8::9, 2a00:1450::1"), proxies)).toBe("2a00:1450::1");
  });

  it("believes no header from a connection that is not a trusted proxy", () => {
    expect(clientIp(request("198.51.100.9", "203.0.113.50"), proxies)).toBe("198.51.100.9");
  });

  it("stops at a malformed entry (the last trusted hop is all that is known) and at the left-most address", () => {
    expect(clientIp(request("10.1.2.3", "203.0.113.50, nonsense"), proxies)).toBe("10.1.2.3");
    expect(clientIp(request("10.1.2.3", "10.9.9.9"), proxies)).toBe("10.9.9.9");
    expect(clientIp(request("10.1.2.3"), proxies)).toBe("10.1.2.3");
  });
});

describe("BREACHDESK_TRUSTED_PROXIES", () => {
  it("defaults to none and accepts addresses and networks", () => {
    expect(readEnv({}).BREACHDESK_TRUSTED_PROXIES).toEqual([]);
    expect(readEnv({ BREACHDESK_TRUSTED_PROXIES: " 10.0.0.0/8, ::1 ,192.0.2.1" }).BREACHDESK_TRUSTED_PROXIES).toEqual([
      "10.0.0.0/8",
      "::1",
      "192.0.2.1",
    ]);
  });

  it.each(["10.0.0.0/33", "proxy.internal", "10.0.0.1/8/1", "::1/129"])("rejects %s, naming the variable", (value) => {
    expect(() => readEnv({ BREACHDESK_TRUSTED_PROXIES: value })).toThrow(/BREACHDESK_TRUSTED_PROXIES: must be a comma-separated list/);
  });
});

describe("the server's record of the connection", () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    await import("@/lib/server/auth/peer-address-hook.mjs");
    server = http.createServer((req, res) => res.end(JSON.stringify(req.headers[PEER_ADDRESS_HEADER] ?? null)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("replaces a copy the client sent with the socket's address", async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [PEER_ADDRESS_HEADER]: "203.0.113.66", "x-forwarded-for": "203.0.113.66" },
    });
    expect(await answer.json()).toBe("127.0.0.1");
  });
});
