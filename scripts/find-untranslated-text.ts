/**
 * Finds text written straight into the interface instead of through the message catalogue (docs/I18N.md):
 * JSX text, string literals shown as JSX children, human-facing attributes (label, placeholder, title, alt...)
 * and, in any component or page module, string literals that read as a sentence ("Save changes"). Route handlers
 * (app/api: the API stays English) and `throw new Error(...)` (bugs, not messages) are not the interface.
 *
 *   npx tsx scripts/find-untranslated-text.ts      lists every finding as file:line: text
 *
 * tests/unit/i18n/no-hardcoded-text.test.ts runs it over the tree.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface Finding {
  file: string;
  line: number;
  text: string;
}

const ROOTS = ["app", "components"];
const SKIP_DIRS = new Set(["api", "node_modules"]);

// Names that read the same in every language: the product, file formats, protocols.
const SAME_IN_EVERY_LANGUAGE = new Set([
  "Breachdesk",
  "PDF",
  "CSV",
  "ZIP",
  "JSON",
  "SMTP",
  "API",
  "URL",
  "HTTP",
  "HTTPS",
  "iCalendar",
  "SHA-256",
]);

const HUMAN_ATTRIBUTE =
  /^(label|placeholder|title|alt|aria-label|aria-description|aria-valuetext|hint|description|legend|heading|summary|caption|confirm\w*|message|\w*Label|\w*Text|\w*Title)$/;
const LETTER = /\p{L}/u;
// A capitalised word, then at least one more word: "Save changes", "Title is required." — not "Europe/Paris", "card muted".
const SENTENCE = /^\p{Lu}[\p{Ll}’'-]*[,:]?\s+[\p{L}\d(]/u;

function isTranslatable(text: string): boolean {
  const trimmed = text.trim();
  if (!LETTER.test(trimmed)) return false;
  const words = trimmed.split(/[^\p{L}\d-]+/u).filter((word) => LETTER.test(word));
  return words.some((word) => !SAME_IN_EVERY_LANGUAGE.has(word));
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) sourceFiles(full, out);
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") && entry.name !== "route.ts") out.push(full);
  }
  return out;
}

function insideThrownError(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isNewExpression(current) && /Error$/.test(current.expression.getText())) return true;
    if (ts.isImportDeclaration(current) || ts.isExportDeclaration(current) || ts.isLiteralTypeNode(current)) return true;
  }
  return false;
}

function findingsOf(file: string, root: string): Finding[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Finding[] = [];
  const report = (node: ts.Node, value: string) =>
    found.push({
      file: path.relative(root, file),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: value.trim().replace(/\s+/g, " "),
    });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (isTranslatable(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parent = node.parent;
      const shownAsChild = ts.isJsxExpression(parent) && !ts.isJsxAttribute(parent.parent);
      const humanAttribute = ts.isJsxAttribute(parent) && HUMAN_ATTRIBUTE.test(parent.name.getText());
      const directive = ts.isExpressionStatement(parent);
      if (!directive && !insideThrownError(node) && isTranslatable(node.text)) {
        if (shownAsChild || humanAttribute || SENTENCE.test(node.text.trim())) report(node, node.text);
      }
    } else if (ts.isTemplateExpression(node) && ts.isJsxExpression(node.parent)) {
      const attribute = node.parent.parent;
      if (ts.isJsxAttribute(attribute) && !HUMAN_ATTRIBUTE.test(attribute.name.getText())) return ts.forEachChild(node, visit);
      const literal = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
      if (isTranslatable(literal)) report(node, literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function findUntranslatedText(root: string): Finding[] {
  return ROOTS.flatMap((dir) => sourceFiles(path.join(root, dir))).flatMap((file) => findingsOf(file, root));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const finding of findUntranslatedText(path.resolve(import.meta.dirname, ".."))) {
    console.log(`${finding.file}:${finding.line}: ${finding.text}`);
  }
}
