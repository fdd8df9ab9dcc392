import { BlockList, isIP } from "node:net";
import { readEnv } from "@/lib/config/env";
import { PEER_ADDRESS_HEADER } from "./peer-address-header";

type HeaderSource = { get(name: string): string | null } | Record<string, unknown>;

/** 203.0.113.7 and ::ffff:203.0.113.7 are the same client; anything that is not an address is nothing. */
function normalized(value: string | null | undefined): string | null {
  const address = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "") ?? "";
  return isIP(address) ? address : null;
}

export function trustedProxyList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split("/") as [string, string | undefined];
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

let fromEnvironment: { source: string; list: BlockList } | null = null;
function configuredProxies(): BlockList {
  const entries = readEnv().BREACHDESK_TRUSTED_PROXIES;
  const source = entries.join(",");
  if (fromEnvironment?.source !== source) fromEnvironment = { source, list: trustedProxyList(entries) };
  return fromEnvironment.list;
}

const isTrusted = (list: BlockList, address: string) => list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * The client's address, for the sign-in throttle and the audit trail. It starts from the address that
 * opened the connection, which the server stamps on each request (peer-address-hook.mjs, replacing any
 * copy a client sent). Only when that peer is a proxy the operator trusts (BREACHDESK_TRUSTED_PROXIES)
 * is X-Forwarded-For read, from the right, skipping trusted proxies: the first address no trusted proxy
 * owns is the client. Entries further left were written by the client and prove nothing.
 * Null when the server did not stamp the peer (a server started without the hook).
 */
export function clientIp(headers: HeaderSource, trusted: BlockList = configuredProxies()): string | null {
  const read = (name: string): string | null => {
    if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name);
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : null;
  };
  let client = normalized(read(PEER_ADDRESS_HEADER));
  if (!client) return null;
  const hops = (read("x-forwarded-for") ?? "").split(",").reverse();
  for (const hop of hops) {
    if (!isTrusted(trusted, client)) break;
    const next = normalized(hop);
    // A malformed entry ends the walk: the last trusted proxy is the best that can be said.
    if (!next) break;
    client = next;
  }
  return client;
}
