import { describe, expect, it } from "vitest";
import { memoryIO } from "@/lib/cli/io";
import { runCli } from "@/lib/cli/main";

async function deadline(...args: string[]) {
  const io = memoryIO();
  const code = await runCli(["deadline", ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe("breachdesk deadline --json", () => {
  it("prints the contract example, and only that, on stdout (plus the additive holidays used)", async () => {
    const { code, stdout, stderr } = await deadline("--aware", "2026-03-27T23:30", "--tz", "Europe/Paris", "--json");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual({
      awareAt: "2026-03-27T22:30:00.000Z",
      timeZone: "Europe/Paris",
      holidays: {
        country: "FR",
        region: null,
        note: "nationwide public holidays of FR (no region given, so regional holidays do not count)",
      },
      deadlines: [
        {
          regime: "gdpr",
          obligation: "notify-authority",
          basis: "GDPR Art. 33(1)",
          due: "2026-03-30T22:30:00.000Z",
          dueLocal: "2026-03-31T00:30:00+02:00",
          dueUnder1182: "2026-03-30T23:00:00.000Z",
        },
      ],
    });
  });

  it("repeats --regime and leaves dueUnder1182 out where it does not apply", async () => {
    const { code, stdout } = await deadline(
      "--aware",
      "2026-03-27T22:30:00Z",
      "--tz",
      "Europe/London",
      "--regime",
      "uk-gdpr",
      "--regime",
      "nis2",
      "--regime",
      "hipaa",
      "--subjects",
      "40",
      "--json",
    );
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as { deadlines: Record<string, string>[] };
    expect(document.deadlines.map((d) => `${d.regime}:${d.obligation}`)).toEqual([
      "uk-gdpr:notify-authority",
      "nis2:early-warning",
      "nis2:incident-notification",
      "nis2:final-report",
      "hipaa:notify-individuals",
      "hipaa:notify-hhs",
    ]);
    expect(document.deadlines[0]).not.toHaveProperty("dueUnder1182");
    expect(document.deadlines[1]).toMatchObject({ due: "2026-03-28T22:30:00.000Z", dueUnder1182: "2026-03-28T23:00:00.000Z" });
    expect(document.deadlines[0]?.dueLocal).toBe("2026-03-30T23:30:00+01:00");
  });

  it("--role processor lists the notification to the controller", async () => {
    const { stdout } = await deadline(
      "--aware",
      "2026-06-01T10:00+02:00",
      "--tz",
      "Europe/Paris",
      "--role",
      "processor",
      "--controller-target",
      "12",
      "--json",
    );
    expect(JSON.parse(stdout).deadlines).toEqual([
      {
        regime: "gdpr",
        obligation: "notify-controller",
        basis: "GDPR Art. 33(2)",
        due: "2026-06-01T20:00:00.000Z",
        dueLocal: "2026-06-01T22:00:00+02:00",
      },
    ]);
  });

  it("an offset makes an ambiguous local time precise", async () => {
    const { code, stdout } = await deadline("--aware", "2026-10-25T02:30+01:00", "--tz", "Europe/Paris", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).awareAt).toBe("2026-10-25T01:30:00.000Z");
  });
});

describe("breachdesk deadline, readable output", () => {
  it("prints a table whose times name the zone", async () => {
    const { code, stdout } = await deadline("--aware", "2026-03-27T23:30", "--tz", "Europe/Paris", "--high-risk");
    expect(code).toBe(0);
    expect(stdout).toContain("Europe/Paris");
    expect(stdout).toMatch(/notify-authority\s+GDPR Art\. 33\(1\)\s+31 Mar 2026, 00:30 CEST\s+31 Mar 2026, 01:00 CEST/);
    expect(stdout).toContain("communicate-subjects");
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it("--help explains the options and exits 0", async () => {
    const { code, stdout } = await deadline("--help");
    expect(code).toBe(0);
    for (const option of ["--aware", "--tz", "--regime", "--role", "--subjects", "--json"]) expect(stdout).toContain(option);
  });
});

describe("bad input: exit 2 and one line on stderr naming the field", () => {
  const cases: [string, string[]][] = [
    ["--aware", ["--aware", "2026-10-25T02:30", "--tz", "Europe/Paris"]],
    ["--aware", ["--aware", "2026-03-29T02:30", "--tz", "Europe/Paris"]],
    ["--aware", ["--aware", "tomorrow", "--tz", "Europe/Paris"]],
    ["--aware", ["--tz", "Europe/Paris"]],
    ["--tz", ["--aware", "2026-03-27T23:30", "--tz", "Mars/Olympus"]],
    ["--tz", ["--aware", "2026-03-27T23:30"]],
    ["--regime", ["--aware", "2026-03-27T23:30", "--tz", "Europe/Paris", "--regime", "ccpa"]],
    ["--role", ["--aware", "2026-03-27T23:30", "--tz", "Europe/Paris", "--role", "owner"]],
    ["--subjects", ["--aware", "2026-03-27T23:30", "--tz", "Europe/Paris", "--regime", "hipaa", "--subjects", "-3"]],
    ["--filed", ["--aware", "2026-03-27T23:30", "--tz", "Europe/Paris", "--filed", "2026-03-28T10:00"]],
    ["--controller-target", ["--aware", "2026-03-27T23:30", "--tz", "Europe/Paris", "--controller-target", "0"]],
    ["--colour", ["--aware", "2026-03-27T23:30", "--tz", "Europe/Paris", "--colour"]],
  ];
  it.each(cases)("%s", async (field, args) => {
    const { code, stdout, stderr } = await deadline(...args, "--json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.endsWith("\n")).toBe(true);
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr.startsWith(`${field}:`)).toBe(true);
  });
});
