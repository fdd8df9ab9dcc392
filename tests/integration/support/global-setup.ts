import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    integrationDb: "sqlite" | "postgresql";
    sqliteTemplate: string;
    postgresAdminUrl: string;
    postgresTemplate: string;
    dataDir: string;
  }
}

export function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates one template database per run; each test file then starts from a copy of it. */
export default async function setup(project: TestProject) {
  const kind = process.env.INTEGRATION_DB === "postgresql" ? "postgresql" : "sqlite";
  const dir = mkdtempSync(path.join(tmpdir(), "bd-it-"));
  const dataDir = path.join(dir, "data");
  mkdirSync(dataDir, { recursive: true });
  project.provide("integrationDb", kind);
  project.provide("dataDir", dataDir);
  let teardown = async () => rmSync(dir, { recursive: true, force: true });

  if (kind === "sqlite") {
    const template = path.join(dir, "template.db");
    await applyMigrations(`file:${template}`);
    project.provide("sqliteTemplate", template);
    project.provide("postgresAdminUrl", "");
    project.provide("postgresTemplate", "");
  } else {
    const adminUrl = process.env.TEST_POSTGRES_URL;
    if (!adminUrl) throw new Error("INTEGRATION_DB=postgresql needs TEST_POSTGRES_URL");
    const template = `bd_it_tpl_${process.pid}`;
    const { db } = await openDb(adminUrl);
    await db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await db.$executeRawUnsafe(`CREATE DATABASE "${template}"`);
    await applyMigrations(withDatabase(adminUrl, template));
    project.provide("sqliteTemplate", "");
    project.provide("postgresAdminUrl", adminUrl);
    project.provide("postgresTemplate", template);
    const removeFiles = teardown;
    teardown = async () => {
      const leftovers = await db.$queryRawUnsafe<Array<{ datname: string }>>(
        `SELECT datname::text AS datname FROM pg_database WHERE datname LIKE 'bd_it_%${process.pid}%'`,
      );
      for (const { datname } of leftovers) await db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      await db.$disconnect();
      await removeFiles();
    };
  }
  return teardown;
}
