import { headers } from "next/headers";

/**
 * The nonce proxy.ts gave this request, for a page's own <Script nonce>. Awaiting it also makes the
 * calling layout render per request, which a nonce policy needs: a page prerendered at build time has
 * no nonce on its scripts, so the browser would refuse to run them. The root layout should call it.
 */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get("x-nonce") ?? undefined;
}
