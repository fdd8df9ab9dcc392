/** `npm run lint`'s import rules (scripts/import-rules.ts): exits 1 naming each cycle and each crossing. */
import path from "node:path";
import { checkImports } from "./import-rules";

const problems = checkImports(path.resolve(import.meta.dirname, ".."));
for (const problem of problems) console.error(problem);
if (problems.length) {
  console.error(`${problems.length} import rule problem(s); see docs/ARCHITECTURE.md`);
  process.exit(1);
}
console.log("imports: no cycle, no client component reaching server-only code");
