import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findUntranslatedText } from "@/scripts/find-untranslated-text";

const root = path.resolve(import.meta.dirname, "../../..");
/*
 * Files still holding text written straight into them, with how many pieces: the work left to move into the
 * catalogue. It may only shrink: a file that gains a finding, or a new file with one, fails this test, and so
 * does an entry larger than what is left (lower it, or delete the line once the file is clean).
 */
const baseline = JSON.parse(readFileSync(path.join(import.meta.dirname, "untranslated-baseline.json"), "utf8")) as Record<string, number>;
const findings = findUntranslatedText(root);
const byFile = new Map<string, typeof findings>();
for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);

describe("text written straight into the interface", () => {
  it("no file has more untranslated text than the shrinking baseline allows", () => {
    const over = [...byFile]
      .filter(([file, list]) => list.length > (baseline[file] ?? 0))
      .flatMap(([, list]) => list.map((f) => `${f.file}:${f.line}: ${f.text}`));
    expect(over).toEqual([]);
  });

  it("the baseline lists no more than is left", () => {
    const stale = Object.entries(baseline).filter(([file, count]) => count > (byFile.get(file)?.length ?? 0));
    expect(stale.map(([file, count]) => `${file}: baseline ${count}, found ${byFile.get(file)?.length ?? 0}`)).toEqual([]);
  });

  it("finds text in JSX, in human-facing attributes and in sentence-like literals, and not in class names or ids", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(path.join(tmpdir(), "bd-untranslated-"));
    mkdirSync(path.join(dir, "components"));
    mkdirSync(path.join(dir, "app/api/v1"), { recursive: true });
    writeFileSync(
      path.join(dir, "components/sample.tsx"),
      [
        'export const LABELS = { title: "Title of the incident", css: "card muted" };',
        "export function Sample({ t, id }: { t: (k: string) => string; id: string }) {",
        "  return (",
        '    <div className="card muted" id={`field-${id}-error`} title="Open the file">',
        "      Save changes",
        '      {"Cancel"}',
        '      <input placeholder="e.g. Dr Martin" aria-label={t("name")} />',
        '      {t("ok")} Breachdesk · PDF',
        "    </div>",
        "  );",
        "}",
        'export function fail() { throw new Error("Should never happen here"); }',
      ].join("\n"),
    );
    writeFileSync(path.join(dir, "app/api/v1/route.ts"), 'export const answer = "The API stays English";\n');
    const texts = findUntranslatedText(dir).map((finding) => `${finding.line}: ${finding.text}`);
    expect(texts).toEqual(["1: Title of the incident", "4: Open the file", "5: Save changes", "6: Cancel", "7: e.g. Dr Martin"]);
  });
});
