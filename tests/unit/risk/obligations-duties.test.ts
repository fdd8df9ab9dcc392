import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryIO } from "@/lib/cli/io";
import { runCli } from "@/lib/cli/main";
import { assessBreach, dutiesOf, dutyHeadlines } from "@/lib/domain/risk";
import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { facts } from "./facts-builder";

const corpus = join(__dirname, "../../fixtures/risk-corpus");
const imagingServer = (JSON.parse(readFileSync(join(corpus, "med-11-exposed-imaging-server.json"), "utf8")) as { facts: BreachFacts })
  .facts;

describe("whose duty: a processor's own is to tell its controller (GDPR Art. 33(2))", () => {
  it("a controller's duties are its own, with no advice to pass on", () => {
    const assessment = assessBreach({ ...imagingServer, role: "controller" });
    expect(assessment.duties).toEqual({ party: "controller", own: ["notify_authority", "communicate_subjects"], adviseController: [] });
  });

  it("a processor: its own duty is notify_controller; Art. 33(1) and 34 become advice for the controller", () => {
    const assessment = assessBreach({ ...imagingServer, role: "processor" });
    expect(assessment.duties).toEqual({
      party: "processor",
      own: ["notify_controller"],
      adviseController: ["notify_authority", "communicate_subjects"],
    });
    // The contract fields keep their meaning: what the breach calls for under Art. 33(1) and 34.
    expect(assessment).toMatchObject({ riskLevel: "high", notifyAuthority: true, communicateSubjects: true, notifyController: true });
  });

  it("a processor tells its controller whatever the risk, even when nothing else is due", () => {
    const assessment = assessBreach(facts({ role: "processor", encryption: "state_of_the_art" }));
    expect(assessment.riskLevel).toBe("none");
    expect(assessment.duties).toEqual({ party: "processor", own: ["notify_controller"], adviseController: [] });
  });

  it("headlines put the processor's own duty first and mark the rest as the controller's", () => {
    const headlines = dutyHeadlines(
      dutiesOf(
        { notifyAuthority: true, communicateSubjects: false, publicCommunicationInstead: true, notifyController: true },
        "processor",
      ),
    );
    expect(headlines).toEqual([
      { kind: "own", text: "Tell the controller without undue delay (GDPR Art. 33(2))" },
      { kind: "advice", text: "For the controller to decide: notify the supervisory authority (GDPR Art. 33)" },
      { kind: "advice", text: "For the controller to decide: publish a public notice instead of individual messages (GDPR Art. 34(3)(c))" },
    ]);
  });

  it("a controller with nothing to notify is told to record the breach in the register", () => {
    expect(
      dutyHeadlines(
        dutiesOf(
          { notifyAuthority: false, communicateSubjects: false, publicCommunicationInstead: false, notifyController: false },
          "controller",
        ),
      ),
    ).toEqual([{ kind: "own", text: "No notification: record the breach in the register (GDPR Art. 33(5))" }]);
  });

  it("breachdesk assess prints the processor's duty first, then the controller's as advice; --json carries duties", async () => {
    const text = memoryIO(JSON.stringify({ ...imagingServer, role: "processor" }));
    expect(await runCli(["assess", "-"], text)).toBe(0);
    const lines = text.stdout.split("\n");
    expect(lines[1]).toBe("Your duty as processor: tell the controller without undue delay (Art. 33(2)): yes");
    expect(lines[2]).toBe("Advice to pass on to the controller (its duties, not yours):");
    expect(lines[3]).toBe("  Notify the supervisory authority (Art. 33): yes");
    const json = memoryIO(JSON.stringify({ ...imagingServer, role: "processor" }));
    expect(await runCli(["assess", "-", "--json"], json)).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ notifyAuthority: true, duties: { party: "processor", own: ["notify_controller"] } });
  });
});
