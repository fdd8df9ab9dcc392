import { AUDIT_PATH, MANIFEST_PATH } from "./manifest";
import { CHECKPOINT_PATH, CHECKSUMS_PATH, PUBLIC_KEY_PATH, SIGNATURE_PATH, VERIFY_PATH } from "./packet-signature";

/** The packet's own files: a caller's file by one of these names would be mistaken for them. */
export const RESERVED_PATHS: ReadonlySet<string> = new Set([
  MANIFEST_PATH,
  AUDIT_PATH,
  CHECKSUMS_PATH,
  SIGNATURE_PATH,
  PUBLIC_KEY_PATH,
  VERIFY_PATH,
  CHECKPOINT_PATH,
]);

/**
 * A packet path is what a reader's unzip tool will create, so it must be a plain relative path: forward
 * slashes, no "..", no absolute or drive-letter prefix, and not one of the packet's own files. A bad path
 * here is a bug in the caller, so it throws.
 */
export function assertPacketPath(path: string, seen: Set<string>): void {
  const fail = (why: string) => {
    throw new Error(`packet file path ${JSON.stringify(path)} ${why}`);
  };
  if (RESERVED_PATHS.has(path)) fail("is reserved for the packet itself");
  if (path.length === 0 || Buffer.byteLength(path) > 1024) fail("must be 1 to 1024 bytes");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) fail("must be relative");
  if (path.includes("\\")) fail("must use forward slashes");
  if (/[\u0000-\u001F]/.test(path)) fail("must not contain control characters");
  if (path.split("/").some((segment) => segment === "" || segment === "." || segment === "..")) {
    fail("must not contain empty, '.' or '..' segments");
  }
  if (seen.has(path)) fail("appears twice");
  seen.add(path);
}
