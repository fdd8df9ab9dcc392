import { readFile } from "node:fs/promises";
import { breachFactsSchema, type BreachFacts } from "@/lib/schemas/breach-facts";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { assessBreach, dutiesOf, type Assessment } from "@/lib/domain/risk";
import { parseCommandArgs } from "../args";
import { BadInputError, EXIT_OK, type CliIO } from "../io";

const PATH_FIELD = "facts.json path";

/** `breachdesk assess <facts.json | -> [--json]`: breach facts in, the Art. 33/34 assessment out. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: "boolean" } }, true);
  if (positionals.length === 0) throw new BadInputError(PATH_FIELD, "is required (a file, or - for standard input)");
  if (positionals.length > 1) throw new BadInputError(PATH_FIELD, `expects one file, got ${positionals.length}`);
  const source = positionals[0]!;

  const facts = parseFacts(await readSource(source, io));
  const assessment = assessBreach(facts);
  io.out(values.json ? JSON.stringify(assessment, null, 2) : explain(assessment, facts.role));
  return EXIT_OK;
}

async function readSource(source: string, io: CliIO): Promise<string> {
  if (source === "-") return io.readStdin();
  try {
    return await readFile(source, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (code ?? "unreadable");
    throw new BadInputError(PATH_FIELD, `cannot read '${source}' (${why})`);
  }
}

function parseFacts(text: string): BreachFacts {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BadInputError("facts", `is not valid JSON (${detail.split("\n")[0]})`);
  }
  const parsed = breachFactsSchema.safeParse(json);
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error, ["facts"]);
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    throw new BadInputError(first.field, `${first.problem}${more}`);
  }
  return parsed.data;
}

const LEVEL_TEXT: Record<Assessment["riskLevel"], string> = {
  none: "none - unlikely to result in a risk to the people affected",
  risk: "risk - likely to result in a risk to the people affected",
  high: "high - likely to result in a high risk to the people affected",
};

const EFFECT_MARK = { raises: "+", lowers: "-", neutral: "=" } as const;

/** The practice's own duty first: for a processor, Art. 33 and 34 are the controller's, passed on as advice. */
function explain(a: Assessment, role: BreachFacts["role"]): string {
  const yes = (flag: boolean) => (flag ? "yes" : "no");
  const duties = a.duties ?? dutiesOf(a, role);
  const controllerLines = [
    `Notify the supervisory authority (Art. 33): ${yes(a.notifyAuthority)}`,
    `Tell the people affected (Art. 34): ${yes(a.communicateSubjects)}`,
    ...(a.publicCommunicationInstead ? ["Public communication instead of individual messages (Art. 34(3)(c)): yes"] : []),
  ];
  const lines = [`Risk level: ${LEVEL_TEXT[a.riskLevel]}`];
  if (duties.party === "processor") {
    lines.push(
      `Your duty as processor: tell the controller without undue delay (Art. 33(2)): ${yes(duties.own.includes("notify_controller"))}`,
      "Advice to pass on to the controller (its duties, not yours):",
      ...controllerLines.map((line) => `  ${line}`),
    );
  } else {
    lines.push(...controllerLines);
  }
  lines.push(`Exemptions (Art. 34(3)): ${a.exemptions.length > 0 ? a.exemptions.join(", ") : "none"}`);
  lines.push(`ENISA severity: ${a.severity.score} (${a.severity.band.replace("_", " ")}) = ${a.severity.formula}`);
  lines.push("", "Reasons (+ raises, - lowers, = neutral):");
  for (const reason of a.reasons) {
    lines.push(`  ${EFFECT_MARK[reason.effect]} ${reason.factor}: ${reason.explanation} [${reason.basis}]`);
  }
  return lines.join("\n");
}
