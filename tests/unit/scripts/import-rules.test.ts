import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkImports } from "../../../scripts/import-rules";

let root: string | undefined;

/** A throw-away tree of source files: { "lib/a.ts": "…" }. */
function tree(files: Record<string, string>): string {
  root = mkdtempSync(path.join(tmpdir(), "import-rules-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe("import rules", () => {
  it("names a cycle among modules that run, the way round", () => {
    const problems = checkImports(
      tree({
        "lib/domain/a.ts": 'import { b } from "./b";\nexport const a = () => b;\n',
        "lib/domain/b.ts": 'import { c } from "@/lib/domain/c";\nexport const b = c;\n',
        "lib/domain/c.ts": 'export { a as c } from "./a";\n',
      }),
    );
    expect(problems).toEqual(["import cycle: lib/domain/a.ts -> lib/domain/b.ts -> lib/domain/c.ts -> lib/domain/a.ts"]);
  });

  it("names a module that imports itself", () => {
    expect(checkImports(tree({ "lib/a.ts": 'import "./a";\n' }))).toEqual(["import cycle: lib/a.ts -> lib/a.ts"]);
  });

  it("lets type-only imports and dynamic imports close a loop: neither runs at load", () => {
    const problems = checkImports(
      tree({
        "lib/a.ts": 'import type { B } from "./b";\nimport { type B2 } from "./b";\nexport type A = B | B2;\nexport const a = 1;\n',
        "lib/b.ts": 'import { a } from "./a";\nexport type B = number;\nexport type B2 = string;\nexport const b = a;\n',
        "lib/c.ts": 'import { d } from "./d";\nexport const c = d;\n',
        "lib/d.ts": 'export const d = () => import("./c");\n',
      }),
    );
    expect(problems).toEqual([]);
  });

  it("names a client component that reaches lib/server through the modules it imports", () => {
    const problems = checkImports(
      tree({
        "components/form.tsx": '"use client";\nimport { roles } from "@/lib/schemas/admin";\nexport const Form = () => roles;\n',
        "lib/schemas/admin.ts": 'import { ROLES } from "../server/actor";\nexport const roles = ROLES;\n',
        "lib/server/actor.ts": "export const ROLES = [];\n",
        "components/db-form.tsx": "'use client';\nimport { db } from \"@/lib/db/client\";\nexport const F = () => db;\n",
        "lib/db/client.ts": "export const db = 1;\n",
      }),
    );
    expect(problems).toEqual([
      "client component reaches server-only code: components/db-form.tsx -> lib/db/client.ts",
      "client component reaches server-only code: components/form.tsx -> lib/schemas/admin.ts -> lib/server/actor.ts",
    ]);
  });

  it("names a client component that imports types from lib/server, lib/db or lib/mail itself", () => {
    const problems = checkImports(
      tree({
        "components/a.tsx": '"use client";\nimport type { Dto } from "@/lib/server/dto";\nexport const A = (d: Dto) => d;\n',
        "components/b.tsx": '"use client";\nimport { type Row } from "../lib/db/rows";\nexport const B = (r: Row) => r;\n',
        "lib/server/dto.ts": "export type Dto = { id: string };\n",
        "lib/db/rows.ts": "export type Row = { id: string };\n",
      }),
    );
    expect(problems).toEqual([
      "client component reaches server-only code: components/a.tsx -> lib/server/dto.ts",
      "client component reaches server-only code: components/b.tsx -> lib/db/rows.ts",
    ]);
  });

  it("lets a client component import server actions, lib/schemas, and types that pass through to lib/server", () => {
    const problems = checkImports(
      tree({
        "components/form.tsx":
          '"use client";\nimport type { Dto } from "@/lib/schemas/dto";\nimport { save } from "@/app/x/actions";\n' +
          'import { schema } from "@/lib/schemas/x";\nexport const F = (d: Dto) => [save, schema, d];\n',
        "app/x/actions.ts":
          '"use server";\nimport { service } from "@/lib/server/service";\nexport async function save() { return service(); }\n',
        "lib/server/service.ts": "export const service = () => 1;\n",
        "lib/schemas/dto.ts": 'export type { Dto } from "@/lib/server/dto";\n',
        "lib/server/dto.ts": "export type Dto = { id: string };\n",
        "lib/schemas/x.ts": "export const schema = 1;\n",
        "components/page.tsx": 'import { service } from "@/lib/server/service";\nexport const P = () => service();\n',
      }),
    );
    expect(problems).toEqual([]);
  });
});
