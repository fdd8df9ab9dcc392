import { describe, expect, it } from "vitest";
import { composeHere } from "@/lib/mail/mime-thread";
import { composePlainText, mailDate } from "@/lib/mail/plain-composer";
import type { OutgoingEmail } from "@/lib/mail/transport";

const NOW = new Date("2026-11-24T09:05:03.250Z");

/** nodemailer stamps the time it composed; both sides get the same Date line before comparing. */
function withDate(raw: Buffer, date: string): string {
  return raw.toString("latin1").replace(/^Date: .*$/m, `Date: ${date}`);
}

async function expectSameAsNodemailer(mail: OutgoingEmail) {
  const fast = composePlainText(mail, NOW);
  const reference = await composeHere(mail);
  if (!fast) return false;
  expect(fast.envelope).toEqual(reference.envelope);
  expect(withDate(fast.raw, "X")).toBe(withDate(reference.raw, "X"));
  expect(fast.raw.toString("latin1")).toContain(`\r\nDate: ${mailDate(NOW)}\r\n`);
  return true;
}

/** A small deterministic generator, so a failure names a case that can be run again. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const text = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
  return { next, pick, text };
}

const WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const LONG_DOMAIN = "a-very-long-domain-name-that-makes-the-header-fold.example";
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

function randomMail(seed: number): OutgoingEmail {
  const g = generator(seed);
  const local = () =>
    g.next() < 0.85
      ? g.pick([g.text(WORD, 1 + Math.floor(g.next() * 12)), `${g.text(WORD, 4)}.${g.text(WORD, 5)}`, `${g.text(WORD, 3)}+tag`])
      : g.pick(["first..last", `"quoted"`, "zoë"]);
  const domain = () =>
    g.pick([
      "practice.example",
      "example.org",
      "sub.mail.example.cz",
      "practice.example",
      "Example.ORG",
      "cabinet-médical.fr",
      "localhost",
    ]);
  const address = () => {
    const plain = `${local()}@${domain()}`;
    return g.pick([
      plain,
      plain,
      `${g.pick(["Breachdesk", "Dr Jane Roe", "Praxis_Muster", "Breachdesk", "O'Brien", "Zoë Müller", "Smith, John", " Padded "])} ` +
        `<${plain}>`,
    ]);
  };
  const subjectLength = Math.floor(g.next() * 90);
  const subject = g.pick([
    g
      .text(WORD + " ", subjectLength)
      .trim()
      .replace(/ +/g, " ") || "Notice",
    g
      .text(WORD + " ", subjectLength)
      .trim()
      .replace(/ +/g, " ") || "Notice",
    g.text(PRINTABLE, subjectLength),
    `Notice =?utf-8?Q?x?= ${subjectLength}`,
    `Réponse ${subjectLength}`,
  ]);
  const line = () =>
    g.next() < 0.95
      ? g.pick([
          g.text(PRINTABLE, Math.floor(g.next() * 78)),
          "",
          ".",
          `\t${g.text(WORD, 10)}`,
          "trailing space ",
          "a=b and =3D",
          "From here",
        ])
      : g.pick(["ünïcode line", "x".repeat(77), "bare\rreturn"]);
  const text = Array.from({ length: 1 + Math.floor(g.next() * 6) }, line).join(g.next() < 0.9 ? "\n" : "\r\n") + g.pick(["", "\n"]);
  const to = g.next() < 0.7 ? address() : Array.from({ length: 1 + Math.floor(g.next() * 3) }, address);
  return {
    from: g.pick([
      "Breachdesk <breachdesk@practice.example>",
      "dpo@practice.example",
      "Breachdesk <b@x.example>",
      "Cabinet Médical <dpo@practice.example>",
    ]),
    to,
    subject,
    text,
    ...(g.next() < 0.2 ? { replyTo: address() } : {}),
    ...(g.next() < 0.05 ? { html: "<p>x</p>" } : {}),
    messageId: `<${g.text("0123456789abcdef", 40)}.outbox@${g.pick(["practice.example", LONG_DOMAIN])}>`,
  };
}

describe("composePlainText", () => {
  it("builds exactly nodemailer's bytes for a typical outbox e-mail, and is used for it", async () => {
    const mail = {
      from: "Breachdesk <breachdesk@practice.example>",
      to: "patient.17@example.org",
      subject: "Notice about your data (17)",
      text: "Dear patient 17,\n\nwe write to inform you about a personal data breach.\n",
      messageId: "<0123456789abcdef0123456789abcdef01234567.outbox@practice.example>",
    };
    expect(await expectSameAsNodemailer(mail)).toBe(true);
    expect(
      await expectSameAsNodemailer({
        ...mail,
        to: ["a@example.org", "Dr Jane Roe <jane.roe@example.org>"],
        replyTo: "dpo@practice.example",
      }),
    ).toBe(true);
  });

  it("leaves to nodemailer what it would encode or deduplicate", () => {
    const base = { from: "dpo@practice.example", to: "a@example.org", subject: "Hello", text: "Hi\n", messageId: "<x@practice.example>" };
    for (const odd of [
      { subject: "Réponse" },
      { subject: 'Say "hi"' },
      { text: "ünïcode" },
      { text: `${"x".repeat(77)}\n` },
      { text: "carriage\rreturn" },
      { to: ["a@example.org", "a@example.org"] },
      { to: "Smith, John <a@example.org>" },
      { to: "a@Example.ORG" },
      { from: "Cabinet Médical <dpo@practice.example>" },
      { html: "<p>Hi</p>" },
    ]) {
      expect(composePlainText({ ...base, ...odd }, NOW), JSON.stringify(odd)).toBeNull();
    }
  });

  // 3,000 messages through nodemailer take seconds when the machine is busy: a generous limit, not a speed check.
  it("matches nodemailer byte for byte on 3,000 generated messages, and takes the simple ones itself", { timeout: 60_000 }, async () => {
    let taken = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const mail = randomMail(seed);
      try {
        if (await expectSameAsNodemailer(mail)) taken += 1;
      } catch (error) {
        throw new Error(`seed ${seed}: ${JSON.stringify(mail)}\n${String(error)}`);
      }
    }
    // The generator mixes simple and awkward messages; the simple ones must not all fall back.
    expect(taken).toBeGreaterThan(200);
  });
});
