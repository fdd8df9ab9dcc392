/**
 * The layer rules ESLint cannot see because they follow imports from file to file (docs/ARCHITECTURE.md, "The
 * rooms and what each may import"):
 *   - no import cycle among the modules that run (type-only imports are erased, so they cannot form one);
 *   - a client component ("use client") never reaches lib/server, lib/db or lib/mail, directly or through the
 *     modules it imports; a "use server" module is where the walk stops, since the browser gets only a
 *     reference to its actions. Not even a type import of its own: what the browser is told lives in lib/schemas
 *     (answers under lib/schemas/answers), so a client component never has to open lib/server to read it.
 * `npm run lint` runs it through scripts/check-imports.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface ImportEdge {
  to: string;
  /** Erased at compile time: `import type`, `export type`, or every named binding marked `type`. */
  typeOnly: boolean;
  /** `import("…")`: loaded later, so it takes part in what the browser reaches but not in a cycle. */
  dynamic: boolean;
}

export interface ModuleInfo {
  file: string;
  directive: "use client" | "use server" | undefined;
  imports: ImportEdge[];
}

const SOURCE = /\.(ts|tsx|mts)$/;
const SERVER_ONLY = ["lib/server/", "lib/db/", "lib/mail/"];
const isServerOnly = (file: string) => SERVER_ONLY.some((dir) => file.startsWith(dir));

function listSources(root: string, dirs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      if (name === "node_modules" || name === "generated" || name.startsWith(".")) continue;
      const rel = path.posix.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (SOURCE.test(name) && !name.endsWith(".d.ts")) files.push(rel);
    }
  };
  for (const dir of dirs) if (existsSync(path.join(root, dir))) walk(dir);
  return files.sort();
}

function resolveSpecifier(root: string, from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return undefined;
  const stem = base.replace(/\.js$/, "");
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile() && SOURCE.test(candidate)) return candidate;
  }
  return undefined;
}

function directiveOf(source: ts.SourceFile): ModuleInfo["directive"] {
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return undefined;
    const text = statement.expression.text;
    if (text === "use client" || text === "use server") return text;
  }
  return undefined;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import "x"` runs x
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

export function readModule(root: string, file: string): ModuleInfo {
  const text = readFileSync(path.join(root, file), "utf8");
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const imports: ImportEdge[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean, dynamic: boolean) => {
    if (!specifier || !ts.isStringLiteralLike(specifier)) return;
    const to = resolveSpecifier(root, file, specifier.text);
    if (to) imports.push({ to, typeOnly, dynamic });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyImport(node), false);
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, isTypeOnlyExport(node), false);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false, true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, directive: directiveOf(source), imports };
}

export function readModules(root: string, dirs: string[]): Map<string, ModuleInfo> {
  return new Map(listSources(root, dirs).map((file) => [file, readModule(root, file)]));
}

/** Each import cycle among modules that run, as the path around it (the first module repeated at the end). */
export function findCycles(modules: Map<string, ModuleInfo>): string[][] {
  const next = (file: string) => (modules.get(file)?.imports ?? []).filter((e) => !e.typeOnly && !e.dynamic).map((e) => e.to);
  // Tarjan's strongly connected components; a component of two or more modules, or one that imports itself, holds a cycle.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const to of next(file)) {
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file)!, index.get(to)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || next(file).includes(file)) components.push(component);
    }
  };
  for (const file of modules.keys()) if (!index.has(file)) connect(file);
  return components.map((component) => cyclePath(component.sort(), next));
}

function cyclePath(component: string[], next: (file: string) => string[]): string[] {
  const inside = new Set(component);
  const start = component[0]!;
  // Breadth-first from the start back to itself, inside the component: the shortest way round.
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const to of next(file)) {
      if (!inside.has(to) || previous.has(to)) continue;
      previous.set(to, file);
      if (to === start) queue.length = 0;
      else queue.push(to);
    }
  }
  const way = [start];
  for (let file = previous.get(start)!; file !== start; file = previous.get(file)!) way.unshift(file);
  return [start, ...way];
}

/** Each client component that reaches a server-only module, with the chain of imports that gets there. */
export function findClientCrossings(modules: Map<string, ModuleInfo>): string[][] {
  const crossings: string[][] = [];
  for (const client of modules.values()) {
    if (client.directive !== "use client") continue;
    const previous = new Map<string, string | null>([[client.file, null]]);
    const queue = [client.file];
    while (queue.length) {
      const file = queue.shift()!;
      if (isServerOnly(file)) {
        const chain = [file];
        for (let at = previous.get(file); at; at = previous.get(at)) chain.unshift(at);
        crossings.push(chain);
        continue;
      }
      const info = modules.get(file);
      if (!info || (file !== client.file && info.directive === "use server")) continue;
      for (const edge of info.imports) {
        // Types that reach lib/server through another module are erased on the way; the client's own are not allowed.
        const ownServerType = file === client.file && isServerOnly(edge.to);
        if ((edge.typeOnly && !ownServerType) || previous.has(edge.to)) continue;
        previous.set(edge.to, file);
        queue.push(edge.to);
      }
    }
  }
  return crossings;
}

export function checkImports(root: string, dirs = ["app", "components", "lib", "scripts"]): string[] {
  const modules = readModules(root, dirs);
  return [
    ...findCycles(modules).map((cycle) => `import cycle: ${cycle.join(" -> ")}`),
    ...findClientCrossings(modules).map((chain) => `client component reaches server-only code: ${chain.join(" -> ")}`),
  ];
}
