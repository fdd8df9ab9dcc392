import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "@/lib/documents/csv";
import { DELIVERY_LOG_HEADER, deliveryLogLine } from "@/lib/server/packet/communication-files";
import { REGISTER_COLUMNS, registerCsv } from "@/lib/server/register/register-csv";
import type { RegisterRow } from "@/lib/server/register/register-row";
import { parseCsv } from "./parse-csv";

/** Text rich in what matters here: formula starts, both separators, quotes, line breaks, tabs. */
const nastyText = fc.string({
  unit: fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", ";", ",", '"', "'", " ", "a", "1", "é"),
  maxLength: 24,
});

/** Every text of a register row from one generator; numbers and flags as the app writes them. */
function registerRow(texts: string[]): RegisterRow {
  let n = 0;
  const t = () => texts[n++ % texts.length]!;
  const decision = () => ({ suggested: t(), decided: t(), overridden: true, rationale: t() });
  return {
    incidentId: t(),
    reference: t(),
    organization: { slug: t(), name: t() },
    title: t(),
    state: "decided",
    occurredAt: t(),
    discoveredAt: t(),
    awareAt: t(),
    // A real zone: the communications column formats dates in it.
    timeZone: "Europe/Paris",
    facts: {
      breachTypes: [t(), t()],
      dataCategories: [t()],
      subjectsCount: 3,
      subjectCategories: [t()],
      records: 4,
      cause: t(),
      summary: t(),
    },
    effects: { riskLevel: t(), likelyConsequences: [t(), t()] },
    remedialAction: { containment: t(), ongoing: false, containedAt: t(), tasksDone: [t()], planned: t() },
    personalDataBreach: { is: false, reason: t() },
    communications: [
      {
        communicationId: t(),
        sentAt: "2026-03-27T09:00:00Z",
        channel: t(),
        language: t(),
        status: t(),
        reached: null,
        notReached: null,
        waiting: 0,
        subject: t(),
        via: t(),
      },
      {
        communicationId: t(),
        sentAt: null,
        channel: "letter",
        language: t(),
        status: t(),
        reached: 3,
        notReached: 1,
        waiting: 0,
        subject: t(),
        via: t(),
      },
    ],
    processorDuty: t(),
    decision: { authority: t(), rationale: t(), forAuthority: decision(), forPeople: decision() },
    notified: true,
    notifyAuthorityBy: t(),
    notifyControllerBy: t(),
    deadline: { regime: t(), obligation: t(), basis: t(), label: t(), due: t(), legalLimit: t() },
    firstFiledAt: t(),
    filing: "late",
    filingStanding: null,
    filingInWords: t(),
    lateReason: t(),
  } as unknown as RegisterRow;
}

/** Every CSV the product writes, fed the same texts. */
const PRODUCERS: Array<[string, (texts: string[]) => string]> = [
  ["register", (texts) => registerCsv([registerRow(texts), registerRow([...texts].reverse())])],
  [
    "communication delivery log",
    (texts) =>
      `${DELIVERY_LOG_HEADER}\n${[0, 1]
        .map((k) =>
          deliveryLogLine({
            id: texts[k % texts.length]!,
            email: `${texts[(k + 1) % texts.length]}@example.org`,
            status: texts[(k + 2) % texts.length]!,
            attempts: 2,
            sentAt: new Date("2026-03-27T09:00:00Z"),
            messageId: texts[(k + 3) % texts.length]!,
            lastError: texts[(k + 4) % texts.length]!,
            via: "email",
          }),
        )
        .join("\n")}\n`,
  ],
];

const FORMULA = /^[=+\-@]/;

describe.each(PRODUCERS)("the %s CSV", (_name, produce) => {
  it.each([",", ";"] as const)("never yields a cell starting with = + - @ when read with '%s' as separator", (separator) => {
    fc.assert(
      fc.property(fc.array(nastyText, { minLength: 1, maxLength: 8 }), (texts) => {
        for (const record of parseCsv(produce(texts), separator)) {
          for (const cell of record) expect(cell, JSON.stringify({ texts, cell })).not.toMatch(FORMULA);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the shared CSV writer", () => {
  it("defuses the reported title for a ';' spreadsheet and keeps it whole for a ',' one", () => {
    const csv = csvDocument([["BD-1", "Laptop;=1+1;stolen"]]);
    expect(parseCsv(csv, ",")).toEqual([["BD-1", "Laptop;'=1+1;stolen"]]);
    expect(parseCsv(csv, ";").flat()).not.toContainEqual(expect.stringMatching(FORMULA));
  });

  it('quotes a field holding , ; " CR LF or tab, and prefixes a formula start with an apostrophe', () => {
    expect(["a,b", "a;b", 'a"b', "a\rb", "a\nb", "a\tb"].map(csvCell)).toEqual(['"a,b"', '"a;b"', '"a""b"', '"a\rb"', '"a\nb"', '"a\tb"']);
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx"].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", '"\'\tx"']);
    expect([3, true, null, undefined, "plain"].map(csvCell)).toEqual(["3", "true", "", "", "plain"]);
  });

  it("round-trips text without formulas exactly, with either reader for text without separators", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "é", " ", '"', "'", ",", "\n", "1") }), { minLength: 1, maxLength: 5 }),
        (cells) => {
          expect(parseCsv(csvDocument([cells]), ",")).toEqual([cells]);
        },
      ),
    );
  });

  it("covers every register column", () => {
    const header = parseCsv(registerCsv([]), ",")[0];
    expect(header).toEqual(REGISTER_COLUMNS.map(([name]) => name));
  });
});
