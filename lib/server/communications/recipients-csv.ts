import {
  EMAIL_PATTERN,
  RECIPIENT_NAME_MAX,
  POSTAL_ADDRESS_MAX,
  reachProblem,
  type CommunicationChannel,
  type Recipient,
} from "@/lib/schemas/communication";
import type { RowProblem } from "@/lib/schemas/answers/communication-status";

/*
 * Reading a list of people from a spreadsheet export, row by row. Nothing is dropped silently: every row is
 * either kept or reported with its line number and the reason. Pure (no database), so it is easy to test.
 * Handles what spreadsheets produce: a byte-order mark, ";" (European Excel) or "," separators, CRLF line
 * ends, quoted fields with separators, doubled quotes and line breaks inside them.
 */

export interface CsvRecord {
  /** 1-based line of the file on which the record starts. */
  line: number;
  fields: string[];
}

export interface ParsedRecipient extends Recipient {
  line: number;
}

export interface RecipientsCsvResult {
  /** Set when the file as a whole cannot be read (no header, no name column...): no row is then kept. */
  fileProblem: string | null;
  recipients: ParsedRecipient[];
  rejected: RowProblem[];
  /** Lines whose e-mail address repeated an earlier line's: merged into it, not added twice. */
  merged: Array<{ line: number; mergedIntoLine: number }>;
}

/** Picks ";" or "," by what the header line holds outside quotes (Excel in many EU locales writes ";"). */
export function detectSeparator(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === "\n" || character === "\r")) break;
    else if (!quoted && character === ";") semicolons += 1;
    else if (!quoted && character === ",") commas += 1;
  }
  return semicolons > commas ? ";" : ",";
}

/** RFC 4180 records with their starting line numbers. An unterminated quote is reported, not guessed at. */
export function parseCsvRecords(text: string, separator: string): { records: CsvRecord[]; unterminatedQuoteAtLine: number | null } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    // A blank line is no record: nothing to keep, nothing to report.
    if (!(fields.length === 1 && fields[0]!.trim() === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (quoted) {
      if (character === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (character === "\n") line += 1;
        // A CRLF inside a quoted field is kept as a plain line break.
        if (!(character === "\r" && text[i + 1] === "\n")) field += character === "\r" ? "\n" : character;
      }
      continue;
    }
    if (character === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (character === separator) {
      fields.push(field);
      field = "";
      fieldStarted = false;
    } else if (character === "\r" || character === "\n") {
      if (character === "\r" && text[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += character;
      if (character.trim() !== "") fieldStarted = true;
    }
  }
  if (quoted) return { records, unterminatedQuoteAtLine: recordLine };
  if (field !== "" || fields.length > 0) endRecord();
  return { records, unterminatedQuoteAtLine: null };
}

const COLUMN_NAMES: Record<"name" | "email" | "postalAddress", readonly string[]> = {
  name: ["name", "full name", "fullname", "patient", "nom", "name und vorname", "jméno", "jmeno", "jméno a příjmení"],
  email: ["email", "e-mail", "mail", "email address", "e-mail address", "courriel", "adresse e-mail", "e-mail-adresse"],
  postalAddress: ["address", "postal address", "postaladdress", "postal_address", "adresse", "adresse postale", "anschrift", "adresa"],
};

function columnOf(header: string): keyof typeof COLUMN_NAMES | null {
  const normalised = header.trim().toLowerCase();
  for (const [column, names] of Object.entries(COLUMN_NAMES) as Array<[keyof typeof COLUMN_NAMES, readonly string[]]>) {
    if (names.includes(normalised)) return column;
  }
  return null;
}

/**
 * Reads recipients for a communication sent by `channel`. A row is kept when it has a name and a way to
 * reach the person by that channel (e-mail: an address or, failing that, a postal address for a letter;
 * letter: a postal address). Rows repeating an e-mail address already seen are merged into the first one.
 */
export function readRecipientsCsv(rawText: string, channel: CommunicationChannel): RecipientsCsvResult {
  const result: RecipientsCsvResult = { fileProblem: null, recipients: [], rejected: [], merged: [] };
  const text = rawText.replace(/^\uFEFF/, "");
  const { records, unterminatedQuoteAtLine } = parseCsvRecords(text, detectSeparator(text));
  if (unterminatedQuoteAtLine !== null) {
    result.fileProblem = `A quoted field opened on line ${unterminatedQuoteAtLine} is never closed: check the quotes in that row.`;
    return result;
  }
  const [header, ...rows] = records;
  if (!header) {
    result.fileProblem = "The file is empty: it needs a header line (name, email, address) and one line per person.";
    return result;
  }
  const columns = header.fields.map(columnOf);
  if (!columns.includes("name")) {
    const found = header.fields.map((f) => `"${f.trim()}"`).join(", ");
    result.fileProblem = `Line ${header.line}: the header needs a "name" column (found: ${found}).`;
    return result;
  }
  if (!columns.includes("email") && !columns.includes("postalAddress")) {
    result.fileProblem = `Line ${header.line}: the header needs an "email" or an "address" column to reach people.`;
    return result;
  }

  const firstLineByEmail = new Map<string, ParsedRecipient>();
  for (const row of rows) {
    const value = (column: keyof typeof COLUMN_NAMES) => {
      const index = columns.indexOf(column);
      return index < 0 ? "" : (row.fields[index] ?? "").trim();
    };
    const reject = (reason: string) => result.rejected.push({ line: row.line, reason });
    if (row.fields.length > header.fields.length && row.fields.slice(header.fields.length).some((extra) => extra.trim() !== "")) {
      reject(`has ${row.fields.length} fields but the header has ${header.fields.length}: check for an unquoted separator`);
      continue;
    }
    const name = value("name");
    const email = value("email");
    const postalAddress = value("postalAddress");
    if (name === "") {
      reject("name is missing");
      continue;
    }
    if (name.length > RECIPIENT_NAME_MAX) {
      reject(`name is longer than ${RECIPIENT_NAME_MAX} characters`);
      continue;
    }
    if (email !== "" && (!EMAIL_PATTERN.test(email) || email.length > 320)) {
      reject(`e-mail address "${email.slice(0, 80)}" is not valid`);
      continue;
    }
    if (postalAddress.length > POSTAL_ADDRESS_MAX) {
      reject(`postal address is longer than ${POSTAL_ADDRESS_MAX} characters`);
      continue;
    }
    const unreachable = reachProblem(channel, { email: email || null, postalAddress: postalAddress || null });
    if (unreachable) {
      reject(unreachable.reason);
      continue;
    }
    const recipient: ParsedRecipient = { line: row.line, name, email: email || null, postalAddress: postalAddress || null };
    if (recipient.email) {
      const key = recipient.email.toLowerCase();
      const first = firstLineByEmail.get(key);
      if (first) {
        // The same person twice: one message, with whatever the second line adds.
        first.postalAddress ??= recipient.postalAddress;
        result.merged.push({ line: row.line, mergedIntoLine: first.line });
        continue;
      }
      firstLineByEmail.set(key, recipient);
    }
    result.recipients.push(recipient);
  }
  return result;
}
