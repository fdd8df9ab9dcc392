import { defineConfig } from "prisma/config";
import { databaseUrl, providerOf } from "./lib/db/database-url";

// Every prisma command needs a URL, or it tries to download an engine; default to the embedded file.
const url = databaseUrl();
process.env.DATABASE_URL = url;
const provider = providerOf(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: provider === "sqlite" ? "prisma/schema.prisma" : "prisma/postgresql/schema.prisma",
  migrations: { path: `prisma/migrations/${provider}` },
  async adapter() {
    if (provider === "sqlite") {
      const { PrismaLibSQL } = await import("@prisma/adapter-libsql");
      return new PrismaLibSQL({ url });
    }
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { createMigrationPool } = await import("./lib/db/pg-pool");
    return new PrismaPg(createMigrationPool(url), { disposeExternalPool: true });
  },
});
