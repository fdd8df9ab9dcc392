import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@/lib/cli/main";
import { memoryIO } from "@/lib/cli/io";

const corpus = join(__dirname, "../../fixtures/risk-corpus");
const imagingServer = join(corpus, "med-11-exposed-imaging-server.json");
const factsOf = (file: string) => JSON.stringify((JSON.parse(readFileSync(file, "utf8")) as { facts: unknown }).facts);

function tempFile(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "breachdesk-assess-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("breachdesk assess", () => {
  it("prints exactly one JSON document with the contract's shape (--json, file)", async () => {
    const path = tempFile("facts.json", factsOf(imagingServer));
    const io = memoryIO();
    expect(await runCli(["assess", path, "--json"], io)).toBe(0);
    expect(io.stderr).toBe("");
    const out = JSON.parse(io.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      riskLevel: "high",
      notifyAuthority: true,
      communicateSubjects: true,
      publicCommunicationInstead: false,
      exemptions: [],
      severity: { score: 4.5, band: "very_high" },
    });
    const reasons = out.reasons as Array<Record<string, unknown>>;
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons[0]).toEqual({
      factor: expect.any(String),
      effect: expect.stringMatching(/^(raises|lowers|neutral)$/),
      explanation: expect.any(String),
      basis: expect.any(String),
    });
    expect(reasons.some((r) => r.factor === "special_category_data" && r.effect === "raises")).toBe(true);
  });

  it("reads the facts from standard input with -", async () => {
    const io = memoryIO(factsOf(join(corpus, "med-05-lost-encrypted-laptop.json")));
    expect(await runCli(["assess", "-", "--json"], io)).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ riskLevel: "none", notifyAuthority: false, exemptions: ["art34_3_a"] });
  });

  it("explains the assessment in plain text without --json", async () => {
    const io = memoryIO(factsOf(imagingServer));
    expect(await runCli(["assess", "-"], io)).toBe(0);
    expect(io.stdout).toContain("Risk level: high");
    expect(io.stdout).toContain("Notify the supervisory authority (Art. 33): yes");
    expect(io.stdout).toContain("Tell the people affected (Art. 34): yes");
    expect(io.stdout).toContain("ENISA severity: 4.5 (very high)");
    expect(io.stdout).toMatch(/^ {2}\+ special_category_data: .+\[GDPR Art\. 9\(1\)\]$/m);
    expect(() => JSON.parse(io.stdout)).toThrow();
  });

  it("names the field of a schema violation and exits 2", async () => {
    const facts = JSON.parse(factsOf(imagingServer)) as { subjects: { count: number } };
    facts.subjects.count = -1;
    const io = memoryIO(JSON.stringify(facts));
    expect(await runCli(["assess", "-", "--json"], io)).toBe(2);
    expect(io.stdout).toBe("");
    expect(io.stderr.trim()).toBe("facts.subjects.count: must be 0 or more");
  });

  it("requires the details of each breach type", async () => {
    const facts = JSON.parse(factsOf(imagingServer)) as Record<string, unknown>;
    facts.breachTypes = ["confidentiality", "availability"];
    const io = memoryIO(JSON.stringify(facts));
    expect(await runCli(["assess", "-"], io)).toBe(2);
    expect(io.stderr).toMatch(/^facts\.availability: /);
  });

  it("rejects invalid JSON with exit 2", async () => {
    const io = memoryIO("{ not json");
    expect(await runCli(["assess", "-"], io)).toBe(2);
    expect(io.stderr).toMatch(/^facts: is not valid JSON/);
    expect(io.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("rejects a missing file with exit 2, naming the path argument", async () => {
    const io = memoryIO();
    expect(await runCli(["assess", join(tmpdir(), "no-such-dir-breachdesk", "facts.json")], io)).toBe(2);
    expect(io.stderr).toMatch(/^facts\.json path: cannot read .+ \(no such file\)/);
  });

  it("requires exactly one facts argument and known options", async () => {
    const none = memoryIO();
    expect(await runCli(["assess"], none)).toBe(2);
    expect(none.stderr).toMatch(/^facts\.json path: is required/);

    const two = memoryIO();
    expect(await runCli(["assess", "a.json", "b.json"], two)).toBe(2);

    const unknown = memoryIO();
    expect(await runCli(["assess", "-", "--yaml"], unknown)).toBe(2);
    expect(unknown.stderr).toMatch(/^--yaml/);
  });
});
