import type { KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import { publicKeyFromPem } from "@/lib/domain/audit/signature";
import { BadInputError } from "./io";

/** `--key <file.pem>`: the Ed25519 public key the deployment published, read and checked, or bad input naming the option. */
export function readPublicKeyOption(path: string | undefined): KeyObject | undefined {
  if (path === undefined) return undefined;
  let pem: Buffer;
  try {
    pem = readFileSync(path);
  } catch (error) {
    throw new BadInputError("--key", `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return publicKeyFromPem(pem);
  } catch {
    throw new BadInputError("--key", `${path}: not an Ed25519 public key in PEM form (-----BEGIN PUBLIC KEY-----)`);
  }
}
