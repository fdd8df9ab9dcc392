import { foldLines } from "nodemailer/lib/mime-funcs";
import type { ComposedEmail } from "./mime-thread";
import type { OutgoingEmail } from "./transport";

/*
 * Most outbox e-mail (reminders, sign-in links, notices to staff) is short ASCII text to plain addresses.
 * For that case nodemailer's composer costs more CPU than the rest of the send (a tree of MIME nodes and
 * streams per message), on the event loop the SMTP connections wait for. This builds the same bytes
 * directly; tests/unit/mail/plain-composer.test.ts checks them against nodemailer's composer on generated
 * messages. Anything outside the narrow case below (non-ASCII, long body lines, HTML, quoted names)
 * returns null and goes through nodemailer's composer as before.
 */

const ADDRESS = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const NAMED_ADDRESS = /^([A-Za-z0-9_]+(?: [A-Za-z0-9_]+)*) <([^<>]+)>$/;
/** Printable ASCII without the double quote (which nodemailer encodes) and never an encoded-word opener. */
const HEADER_TEXT = /^[\x20\x21\x23-\x7e]+$/;
const MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f-\x7e]+>$/;

interface Address {
  header: string;
  address: string;
}

function parseAddress(value: string): Address | null {
  if (ADDRESS.test(value)) return { header: value, address: value };
  const named = NAMED_ADDRESS.exec(value);
  if (!named || !ADDRESS.test(named[2]!)) return null;
  return { header: value, address: named[2]! };
}

function parseAddressList(value: string | string[]): Address[] | null {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0) return null;
  const parsed: Address[] = [];
  const seen = new Set<string>();
  for (const entry of values) {
    const address = parseAddress(entry);
    // nodemailer drops repeated recipients from the envelope; rare enough to leave to it.
    if (!address || seen.has(address.address)) return null;
    seen.add(address.address);
    parsed.push(address);
  }
  return parsed;
}

/**
 * Printable ASCII, tabs and LF line breaks, no line longer than 76 characters: what nodemailer sends as
 * 7bit. A loop, because it runs for every message and a regular expression for it backtracks.
 */
function isShortAsciiText(text: string): boolean {
  let lineLength = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      lineLength = 0;
      continue;
    }
    if ((code < 0x20 && code !== 0x09) || code > 0x7e || ++lineLength > 76) return false;
  }
  return true;
}

/** A header as nodemailer writes it, folded by nodemailer's own function (which leaves lines under 76 as they are). */
function headerLine(name: string, value: string): string {
  const line = `${name}: ${value}`;
  return line.length < 76 ? line : foldLines(line, 76);
}

/** nodemailer's date format: RFC 1123 with "+0000" for the zone. */
export function mailDate(at: Date): string {
  return at.toUTCString().replace("GMT", "+0000");
}

/**
 * The message and envelope nodemailer's composer would build for `mail` at `now`, or null when `mail` is
 * not short ASCII text to plain addresses.
 */
export function composePlainText(mail: OutgoingEmail, now: Date): ComposedEmail | null {
  if (mail.html !== undefined) return null;
  if (!HEADER_TEXT.test(mail.subject) || mail.subject.includes("=?") || mail.subject.includes("  ") || mail.subject.trim() !== mail.subject)
    return null;
  if (mail.text.length === 0 || !isShortAsciiText(mail.text)) return null;
  if (!MESSAGE_ID.test(mail.messageId)) return null;
  const from = parseAddress(mail.from);
  const to = parseAddressList(mail.to);
  const replyTo = mail.replyTo === undefined ? null : parseAddress(mail.replyTo);
  if (!from || !to || (mail.replyTo !== undefined && !replyTo)) return null;

  const head = [
    headerLine("From", from.header),
    headerLine("To", to.map((address) => address.header).join(", ")),
    ...(replyTo ? [headerLine("Reply-To", replyTo.header)] : []),
    headerLine("Subject", mail.subject),
    headerLine("Message-ID", mail.messageId),
    "Content-Transfer-Encoding: 7bit",
    `Date: ${mailDate(now)}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
  ].join("\r\n");
  // The body keeps its LF line ends, as nodemailer's composer leaves them (the SMTP connection turns them
  // into CRLF), and like it ends with a line break.
  const body = mail.text.endsWith("\n") ? mail.text : `${mail.text}\r\n`;
  const raw = Buffer.from(`${head}\r\n\r\n${body}`, "latin1");
  return { envelope: { from: from.address, to: to.map((address) => address.address) }, raw };
}
