/** `breachdesk deadline`: the deadlines an incident must meet, from the moment of awareness. */
import { parseCommandArgs, requireOption } from "../args";
import { BadInputError, EXIT_OK, type CliIO } from "../io";
import {
  computeDeadlines,
  formatForPeople,
  formatLocalIso,
  holidayCalendar,
  holidaysUsed,
  isEuMemberState,
  isRegimeId,
  memberStateOfZone,
  parseTimeInZone,
  REGIME_IDS,
  validTimeZone,
  type Deadline,
  type DeadlineOptions,
  type FirstFiling,
  type HolidayCalendar,
  type RegimeId,
} from "@/lib/domain/deadlines";

const help = `usage: breachdesk deadline --aware <time> --tz <IANA zone> [--regime <id>]... [options] [--json]

  --aware <time>          when the organisation became aware (ISO 8601). With an offset (Z, +02:00) it is
                          exact; without one it is local time in --tz, and a local time made ambiguous or
                          non-existent by a DST change is refused: add an offset.
  --tz <zone>             the incident's IANA time zone, e.g. Europe/Paris
  --regime <id>           ${REGIME_IDS.join(", ")}; repeatable; default gdpr
  --role <role>           controller (default) or processor. gdpr/uk-gdpr: a controller notifies the
                          authority (Art. 33(1)); a processor notifies its controller (Art. 33(2)) instead.
                          hipaa: a processor is a business associate and notifies the covered entity
                          (45 CFR 164.410) instead of the individuals, HHS and the media.
  --high-risk             gdpr/uk-gdpr: also list the communication to the people affected (Art. 34);
                          eprivacy: the notice to the subscribers and people affected (611/2013 Art. 3)
  --country <CC>          the EU Member State where the notification is made: its public holidays extend
                          periods in days and months (Regulation 1182/71 Art. 3(4)). Default: the Member
                          State of --tz, if the zone is one State's only; otherwise none.
  --region <code>         a region of that State (e.g. BY for Bavaria): its own holidays count too.
                          Without it only nationwide holidays count.
  --controller-target <h> internal target for a processor telling its controller, hours (default 24)
  --subjects-target <h>   internal target for telling the people affected, hours (default 72)
  --follow-up-target <h>  internal target for a follow-up after an initial notification, hours (default 72)
  --filed <regime>=<time> when that regime's first authority notification was filed (nis2: the incident
                          notification); repeatable. gdpr/uk-gdpr then list the follow-up (Art. 33(4)),
                          eprivacy the complete notification, nis2 the final report from that time. Without
                          it these are counted from the first notification's deadline (marked provisional).
  --subjects <n>          hipaa: people affected. Under 500: HHS is told in the annual log (within 60 days
                          after the calendar year ends). Unknown: treated as 500 or more.
  --state-residents <n>   hipaa: most affected residents of one State; media notice above 500. Unknown: media
                          notice is listed unless --subjects is 500 or fewer.
  --json                  print one JSON document: { awareAt, timeZone, holidays, deadlines: [...] }

"due" is the deadline to meet: the period in elapsed hours after awareness (days and months: the same local
time that many calendar days/months later). Where EU law sets a period, "dueUnder1182" is the legal outer
limit under Regulation 1182/71 (the hour, or day, of awareness is not counted; a period in days or months
ending on a public holiday, Saturday or Sunday runs to the end of the next working day). "holidays" says whose
public holidays were counted; periods in hours are never extended.
Exit codes: 0 success, 2 bad input.`;

const options = {
  aware: { type: "string" },
  tz: { type: "string" },
  regime: { type: "string", multiple: true },
  role: { type: "string" },
  "high-risk": { type: "boolean" },
  "controller-target": { type: "string" },
  "subjects-target": { type: "string" },
  "follow-up-target": { type: "string" },
  filed: { type: "string", multiple: true },
  subjects: { type: "string" },
  "state-residents": { type: "string" },
  country: { type: "string" },
  region: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parseInstant(text: string, timeZone: string, field: string): Date {
  const parsed = parseTimeInZone(text, timeZone);
  if (!parsed.ok) throw new BadInputError(field, parsed.message);
  return parsed.instant;
}

function parseCount(text: string | undefined, field: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new BadInputError(field, `'${text}' is not a whole number of people`);
  return Number(text);
}

function parseHours(text: string | undefined, field: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0) {
    throw new BadInputError(field, `'${text}' is not a positive number of hours`);
  }
  return value;
}

function parseRegimes(values: string[] | undefined): RegimeId[] {
  if (!values || values.length === 0) return ["gdpr"];
  return values.map((value) => {
    const id = value.trim().toLowerCase();
    if (!isRegimeId(id)) throw new BadInputError("--regime", `unknown regime '${value}' (use ${REGIME_IDS.join(", ")})`);
    return id;
  });
}

function parseFilings(values: string[] | undefined, timeZone: string) {
  const filings: Partial<Record<RegimeId, FirstFiling>> = {};
  for (const value of values ?? []) {
    const separator = value.indexOf("=");
    const regime = value.slice(0, Math.max(separator, 0)).trim().toLowerCase();
    if (separator < 0 || !isRegimeId(regime)) {
      throw new BadInputError("--filed", `'${value}' is not <regime>=<time> (e.g. gdpr=2026-03-29T10:00)`);
    }
    filings[regime] = { filedAt: parseInstant(value.slice(separator + 1), timeZone, "--filed"), complete: false };
  }
  return filings;
}

interface DeadlineJson {
  regime: string;
  obligation: string;
  basis: string;
  due: string;
  dueLocal: string;
  dueUnder1182?: string;
  holidaysOf?: string;
}

function toJson(deadline: Deadline, timeZone: string): DeadlineJson {
  const entry: DeadlineJson = {
    regime: deadline.regime,
    obligation: deadline.obligation,
    basis: deadline.basis,
    due: deadline.due.toISOString(),
    dueLocal: formatLocalIso(deadline.due, timeZone),
  };
  if (deadline.dueUnder1182) entry.dueUnder1182 = deadline.dueUnder1182.toISOString();
  if (deadline.holidaysOf) entry.holidaysOf = deadline.holidaysOf;
  return entry;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** --country, else the zone's Member State; a State outside the EU counts no holidays (and says so). */
function parseHolidays(
  country: string | undefined,
  region: string | undefined,
  timeZone: string,
): { calendar: HolidayCalendar | null; asked: string | null } {
  const asked = country?.trim() || null;
  if (asked !== null && !/^[A-Za-z]{2}$/.test(asked))
    throw new BadInputError("--country", `'${country}' is not a two-letter country code (e.g. FR)`);
  const state = asked ?? memberStateOfZone(timeZone);
  if (state === null || !isEuMemberState(state)) {
    if (region?.trim()) throw new BadInputError("--region", `needs --country naming an EU Member State (the zone ${timeZone} names none)`);
    return { calendar: null, asked };
  }
  try {
    return { calendar: holidayCalendar(state, region), asked };
  } catch (error) {
    throw new BadInputError("--region", (error as Error).message);
  }
}

function readable(awareAt: Date, timeZone: string, deadlines: Deadline[], holidaysNote: string): string {
  const rows = [["REGIME", "OBLIGATION", "BASIS", "DUE", "LEGAL OUTER LIMIT (1182/71)"]];
  const notes = new Set<string>();
  for (const deadline of deadlines) {
    const marks = `${deadline.internalTarget ? " *" : ""}${deadline.provisional ? " †" : ""}`;
    if (deadline.internalTarget) notes.add('* internal target: the law says only "without undue delay"');
    if (deadline.provisional)
      notes.add("† provisional: counted from the first notification's deadline until its filing is recorded (--filed)");
    rows.push([
      deadline.regime,
      deadline.obligation + marks,
      deadline.basis,
      formatForPeople(deadline.due, timeZone),
      deadline.dueUnder1182 ? formatForPeople(deadline.dueUnder1182, timeZone) : "-",
    ]);
  }
  return [
    `Aware: ${formatForPeople(awareAt, timeZone)} (${timeZone})`,
    `Holidays counted: ${holidaysNote}`,
    "",
    table(rows),
    ...(notes.size ? ["", ...notes] : []),
  ].join("\n");
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(argv, options);
  if (values.help) {
    io.out(help);
    return EXIT_OK;
  }
  const zoneText = requireOption(values.tz, "tz");
  const timeZone = validTimeZone(zoneText);
  if (!timeZone) throw new BadInputError("--tz", `'${zoneText}' is not an IANA time zone (e.g. Europe/Paris)`);
  const awareAt = parseInstant(requireOption(values.aware, "aware"), timeZone, "--aware");
  const regimes = parseRegimes(values.regime);

  const role = values.role?.trim().toLowerCase();
  if (role !== undefined && role !== "controller" && role !== "processor") {
    throw new BadInputError("--role", `'${values.role}' is not controller or processor`);
  }
  const targets: NonNullable<DeadlineOptions["targets"]> = {};
  const controllerHours = parseHours(values["controller-target"], "--controller-target");
  const subjectsHours = parseHours(values["subjects-target"], "--subjects-target");
  const followUpHours = parseHours(values["follow-up-target"], "--follow-up-target");
  if (controllerHours !== undefined) targets.notifyControllerHours = controllerHours;
  if (subjectsHours !== undefined) targets.communicateSubjectsHours = subjectsHours;
  if (followUpHours !== undefined) targets.followUpHours = followUpHours;

  const deadlineOptions: DeadlineOptions = {
    role: role ?? "controller",
    highRisk: values["high-risk"] ?? false,
    targets,
    firstFilings: parseFilings(values.filed, timeZone),
  };
  const subjects = parseCount(values.subjects, "--subjects");
  const mostResidents = parseCount(values["state-residents"], "--state-residents");
  if (subjects !== undefined) deadlineOptions.subjects = subjects;
  if (mostResidents !== undefined) deadlineOptions.mostResidentsOfOneState = mostResidents;

  const { calendar, asked } = parseHolidays(values.country, values.region, timeZone);
  deadlineOptions.holidays = calendar;
  const holidays = holidaysUsed(calendar, asked);

  const deadlines = computeDeadlines({ awareAt, timeZone, regimes, options: deadlineOptions });
  if (values.json) {
    const document = {
      awareAt: awareAt.toISOString(),
      timeZone,
      holidays,
      deadlines: deadlines.map((deadline) => toJson(deadline, timeZone)),
    };
    io.out(JSON.stringify(document, null, 2));
  } else {
    io.out(readable(awareAt, timeZone, deadlines, holidays.note));
  }
  return EXIT_OK;
}
