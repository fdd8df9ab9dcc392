/**
 * Builds the app when no build exists or the sources changed since the last one, so `npm start`
 * on a fresh clone builds once and later starts at once.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureGenerated } from "./ensure-generated";

const root = path.resolve(import.meta.dirname, "..");
const stamp = path.join(root, ".next/breachdesk-source-hash");
const sourceRoots = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];

function* files(entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(full).sort()) {
    if (child === "generated" || child === "node_modules") continue;
    yield* files(path.join(entry, child));
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const root_ of sourceRoots) {
    for (const file of files(root_)) hash.update(file).update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

export function ensureBuilt(): boolean {
  ensureGenerated();
  const hash = sourceHash();
  if (existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return false;
  console.log("Building Breachdesk (first start or sources changed)...");
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  writeFileSync(stamp, hash);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuilt();
