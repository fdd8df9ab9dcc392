import { describe, expect, it } from "vitest";
import { memoryIO } from "@/lib/cli/io";
import { runCli } from "@/lib/cli/main";

async function deadline(...args: string[]) {
  const io = memoryIO();
  const code = await runCli(["deadline", ...args], io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
type Document = { holidays: { country: string | null; region: string | null; note: string }; deadlines: Record<string, string>[] };
const json = (stdout: string) => JSON.parse(stdout) as Document;

// The first run loads the holiday data (a few hundred milliseconds, more on a busy machine).
describe("breachdesk deadline and public holidays", { timeout: 30_000 }, () => {
  // ePrivacy initial notification filed Saturday 11 July 2026: three days end on Tuesday 14 July, a French holiday.
  const eprivacy = [
    "--aware",
    "2026-07-10T10:00",
    "--tz",
    "Europe/Paris",
    "--regime",
    "eprivacy",
    "--filed",
    "eprivacy=2026-07-11T10:00",
    "--json",
  ];

  it("counts the holidays of the zone's Member State by default, and names them", async () => {
    const { code, stdout } = await deadline(...eprivacy);
    expect(code).toBe(0);
    const document = json(stdout);
    expect(document.holidays).toMatchObject({ country: "FR", region: null });
    expect(document.deadlines.find((d) => d.obligation === "complete-notification")).toMatchObject({
      dueUnder1182: "2026-07-15T22:00:00.000Z",
      holidaysOf: "FR",
    });
    // Hours are never extended: no holidays are named for the 24 h.
    expect(document.deadlines.find((d) => d.obligation === "notify-authority")?.holidaysOf).toBeUndefined();
  });

  it("--country names another Member State; one outside the EU counts none and says why", async () => {
    const cz = json((await deadline(...eprivacy, "--country", "CZ")).stdout);
    expect(cz.holidays.country).toBe("CZ");
    expect(cz.deadlines.find((d) => d.obligation === "complete-notification")?.dueUnder1182).toBe("2026-07-14T22:00:00.000Z");
    const gb = json((await deadline(...eprivacy, "--country", "GB")).stdout);
    expect(gb.holidays).toEqual({
      country: null,
      region: null,
      note: "none: GB is not an EU Member State, so Regulation 1182/71 does not extend its periods",
    });
  });

  it("--region adds a region's holidays (Corpus Christi in Bavaria ends NIS2's month a day later)", async () => {
    const nis2 = ["--aware", "2026-05-03T10:00", "--tz", "Europe/Berlin", "--regime", "nis2", "--filed", "nis2=2026-05-04T10:00", "--json"];
    const finalReport = (document: Document) => document.deadlines.find((d) => d.obligation === "final-report")?.dueUnder1182;
    expect(finalReport(json((await deadline(...nis2)).stdout))).toBe("2026-06-04T22:00:00.000Z");
    const bavaria = json((await deadline(...nis2, "--region", "by")).stdout);
    expect(bavaria.holidays).toMatchObject({ country: "DE", region: "BY" });
    expect(finalReport(bavaria)).toBe("2026-06-05T22:00:00.000Z");
  });

  it("refuses a bad country or region on stderr, naming the option, with exit 2", async () => {
    const badCountry = await deadline(...eprivacy, "--country", "France");
    expect(badCountry.code).toBe(2);
    expect(badCountry.stderr).toMatch(/--country/);
    const badRegion = await deadline(...eprivacy, "--region", "ZZ");
    expect(badRegion.code).toBe(2);
    expect(badRegion.stderr).toMatch(/--region.*"ZZ" is not a region of FR/);
    const noState = await deadline("--aware", "2026-07-10T10:00", "--tz", "America/New_York", "--region", "BY");
    expect(noState.code).toBe(2);
    expect(noState.stderr).toMatch(/--region/);
  });

  it("a business associate (--role processor) under HIPAA has only the covered entity to tell", async () => {
    const { stdout } = await deadline(
      "--aware",
      "2026-06-01T09:00",
      "--tz",
      "America/Chicago",
      "--regime",
      "hipaa",
      "--role",
      "processor",
      "--json",
    );
    expect(json(stdout).deadlines.map((d) => d.obligation)).toEqual(["notify-covered-entity"]);
  });

  it("ePrivacy with --high-risk lists the notice to subscribers", async () => {
    const { stdout } = await deadline(
      "--aware",
      "2026-06-01T09:00",
      "--tz",
      "Europe/Paris",
      "--regime",
      "eprivacy",
      "--high-risk",
      "--json",
    );
    expect(json(stdout).deadlines.map((d) => d.obligation)).toContain("notify-subscribers");
  });

  it("the readable table says whose holidays were counted", async () => {
    const { stdout } = await deadline("--aware", "2026-07-10T10:00", "--tz", "Europe/Paris");
    expect(stdout).toContain("Holidays counted: nationwide public holidays of FR (no region given, so regional holidays do not count)");
  });
});
