/**
 * Generates the two Prisma clients when the schema changed since the last generation (or they are
 * missing), so `npm start`, `npm test` and `npm run build` work right after `npm ci`.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const stamp = path.join(root, "lib/db/generated/.schema-hash");

export function ensureGenerated(): boolean {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"));
  const prismaVersion = JSON.parse(readFileSync(path.join(root, "node_modules/prisma/package.json"), "utf8")).version;
  const hash = createHash("sha256").update(schema).update(prismaVersion).digest("hex");
  const upToDate =
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === hash &&
    existsSync(path.join(root, "lib/db/generated/postgresql/client.ts")) &&
    existsSync(path.join(root, "lib/db/generated/sqlite/client.ts"));
  if (upToDate) return false;
  execFileSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/db-schemas.ts")], {
    cwd: root,
    stdio: "inherit",
  });
  writeFileSync(stamp, hash);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureGenerated();
