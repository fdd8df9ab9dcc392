/**
 * Lists the English problems a person can be told about in a form (docs/I18N.md, "Problems"): the messages
 * written in lib/schemas (`error:`, `message:`, `problem:`, `requiredOr(...)`, the constants of text-rules) and
 * the refusals services return (`forbidden(...)`, `notFound(...)`, `conflict(...)`, also through a constant of the
 * file, `problem: ...`, `problems.push(...)`, the values of a `denied...` table)
 * and the problems server actions find themselves (`form.problem(field, ...)`). A template
 * literal's `${...}` parts are listed as `{}`: any value goes there.
 *
 *   npx tsx scripts/find-problem-texts.ts      lists every text as file:line: text
 *
 * tests/unit/i18n/problems-complete.test.ts checks that lib/i18n/problems.ts translates every one of them.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface ProblemText {
  file: string;
  line: number;
  /** The English text; `{}` stands for each interpolated value. */
  text: string;
}

const ROOTS = ["lib/schemas", "lib/server", "lib/domain", "app"];
/** Properties and calls whose text reaches a person as a problem. */
const PROBLEM_PROPERTY = new Set(["error", "message", "problem"]);
const PROBLEM_CALL = new Set(["forbidden", "notFound", "conflict", "requiredOr"]);
/** Modules whose refusals never reach a form: the API's own answers, the CLI, the worker. */
const SKIP = /^lib\/server\/(api|http|worker)\/|^lib\/server\/health\.ts$|^app\/(?!.*\/actions\.ts$)/;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** The texts an expression can evaluate to: literals, templates, both branches of a condition, an arrow's body. */
function textsOf(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join("")];
  if (ts.isParenthesizedExpression(node)) return textsOf(node.expression);
  if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left = "", right = ""] = [textsOf(node.left)[0], textsOf(node.right)[0]];
    return [left + right];
  }
  if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) return textsOf(node.body);
  return [];
}

const LETTER = /\p{L}/u;

export function findProblemTexts(root = process.cwd()): ProblemText[] {
  const found: ProblemText[] = [];
  for (const dir of ROOTS) {
    for (const file of sourceFiles(path.join(root, dir))) {
      const relative = path.relative(root, file).split(path.sep).join("/");
      if (SKIP.test(relative)) continue;
      const inSchemas = relative.startsWith("lib/schemas/");
      const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
      const add = (node: ts.Node, texts: string[]) => {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        for (const text of texts) if (LETTER.test(text)) found.push({ file: relative, line, text });
      };
      // A file's string constants, for a refusal named by one (`conflict(ALREADY_REPORTED)`).
      const constants = new Map<string, ts.Expression>();
      const collect = (node: ts.Node): void => {
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isStringLiteral(node.initializer)) {
          constants.set(node.name.text, node.initializer);
        }
        ts.forEachChild(node, collect);
      };
      collect(source);
      const visit = (node: ts.Node): void => {
        if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && PROBLEM_PROPERTY.has(node.name.text)) {
          // Outside lib/schemas only `problem:` (a field error) is a person's problem; `message:` there is a log line.
          if (inSchemas || node.name.text === "problem") add(node, textsOf(node.initializer));
        } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && PROBLEM_CALL.has(node.expression.text)) {
          const first = node.arguments[0];
          if (first) add(node, ts.isIdentifier(first) ? textsOf(constants.get(first.text) ?? first) : textsOf(first));
        } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
          const method = node.expression.name.text;
          const target = node.expression.expression;
          const [first, second] = node.arguments;
          // form.problem(field, text) in an action; problems.push(text) where a rule gathers them.
          if (method === "problem" && second) add(node, textsOf(second));
          else if (method === "push" && first && ts.isIdentifier(target) && /problems$/i.test(target.text)) add(node, textsOf(first));
        } else if (
          ts.isVariableDeclaration(node) &&
          ts.isIdentifier(node.name) &&
          /denied/i.test(node.name.text) &&
          node.initializer &&
          ts.isObjectLiteralExpression(node.initializer)
        ) {
          // The refusals of each action (`DENIED[action]`, `deniedMessage.read`): every one can reach a person.
          for (const property of node.initializer.properties)
            if (ts.isPropertyAssignment(property)) add(property, textsOf(property.initializer));
        } else if (
          inSchemas &&
          ts.isVariableDeclaration(node) &&
          ts.isIdentifier(node.name) &&
          /^[A-Z][A-Z_]+$/.test(node.name.text) &&
          !node.name.text.endsWith("EXAMPLE") &&
          node.initializer &&
          (ts.isStringLiteral(node.initializer) || ts.isTemplateExpression(node.initializer))
        ) {
          add(node, textsOf(node.initializer));
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  for (const { file, line, text } of findProblemTexts()) console.log(`${file}:${line}: ${text}`);
}
