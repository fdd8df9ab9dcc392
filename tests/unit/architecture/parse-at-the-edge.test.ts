import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/*
 * Inputs are parsed once, at the edge, by their shared schema (docs/CONVENTIONS.md, "Inputs"): withApi's
 * `body` and `query` for route handlers, the action client for server actions. A cast to an input type in
 * app/ (`body as IncidentPatchInput`, `value as FilingCreateInput["kind"]`) tells the compiler a value was
 * checked when it was not, so none may come back.
 */

const ROOT = join(__dirname, "..", "..", "..");
const INPUT_CAST = /\bas\s+[A-Z][A-Za-z]*Input\b/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function inputCasts(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, index) => (INPUT_CAST.test(line) ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe("parsing at the edge", () => {
  it("finds a cast to an input type, whole or one of its fields", () => {
    expect(INPUT_CAST.test("const input = { ...body, incidentId } as IncidentPatchInput;")).toBe(true);
    expect(INPUT_CAST.test('kind: (formText(form, "kind") ?? "") as FilingCreateInput["kind"],')).toBe(true);
    expect(INPUT_CAST.test("const rows = list as ReadonlyArray<Row>;")).toBe(false);
    expect(INPUT_CAST.test("readonly input: IncidentPatchInput;")).toBe(false);
  });

  it("leaves no cast to an input type in app/", () => {
    expect(inputCasts(sourceFiles(join(ROOT, "app")))).toEqual([]);
  });
});
