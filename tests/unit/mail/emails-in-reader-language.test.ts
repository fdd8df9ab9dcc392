import { describe, expect, it } from "vitest";
import type { Deadline } from "@/lib/domain/deadlines";
import { reminderEmail } from "@/lib/server/reminders/reminder-email";
import { recipientsByLanguage } from "@/lib/server/reminders/schedule-due-reminders";
import { invitationEmail, invitationLocale } from "@/lib/server/users/invitation-email";

const incident = { id: "i1", reference: "BD-2026-0007", title: "Ztracený notebook", timeZone: "Europe/Prague" };
const deadline: Deadline = {
  regime: "gdpr",
  obligation: "complete-notification",
  basis: "GDPR Art. 33(4)",
  due: new Date("2026-04-10T08:15:00Z"),
  dueUnder1182: new Date("2026-04-13T21:59:00Z"),
  period: { amount: 14, unit: "days" },
  internalTarget: false,
  provisional: true,
};

describe("the reminder e-mail in its reader's language", () => {
  it("says everything in Czech for a Czech reader, with dates in Czech and the zone named", () => {
    const email = reminderEmail({
      to: ["dpo@ordinace.example"],
      locale: "cs",
      incident,
      deadline,
      now: new Date("2026-04-08T06:00:00Z"),
      appUrl: "https://bd.example/",
    });
    expect(email.subject).toBe("[Breachdesk] BD-2026-0007: Dokončit ohlášení, zbývá 2 d 2 h");
    expect(email.text.split("\n")).toEqual([
      "BD-2026-0007: Ztracený notebook",
      "",
      "Dokončit ohlášení (GDPR, GDPR Art. 33(4)).",
      "Termín: 10. dubna 2026 v 10:15 SELČ (10. dubna 2026 v 08:15 UTC).",
      "Nejzazší zákonná lhůta podle nařízení 1182/71: 13. dubna 2026 v 23:59 SELČ.",
      "Stav: zbývá 2 d 2 h.",
      "Tato lhůta se počítá od podání, které ještě není zaznamenáno; jakmile bude zaznamenáno, lhůta se posune.",
      "",
      "Otevřít Breachdesk: https://bd.example/",
    ]);
  });

  it("keeps the English e-mail as it always read", () => {
    const email = reminderEmail({
      to: ["dpo@example.org"],
      locale: "en",
      incident,
      deadline,
      now: new Date("2026-04-10T08:15:30Z"),
      appUrl: "https://bd.example",
    });
    expect(email.subject).toBe("[Breachdesk] BD-2026-0007: OVERDUE: Complete the notification");
    expect(email.text).toContain("Complete the notification (GDPR, GDPR Art. 33(4)).");
    expect(email.text).toContain("Due: 10 Apr 2026, 10:15 CEST (10 Apr 2026, 08:15 UTC).");
    expect(email.text).toContain("This deadline has passed (overdue by less than a minute). File without further delay");
  });

  it("counts durations in the reader's units: French and German", () => {
    const now = new Date("2026-04-10T05:05:00Z");
    expect(reminderEmail({ to: ["a@b.c"], locale: "fr", incident, deadline, now, appUrl: "x" }).subject).toBe(
      "[Breachdesk] BD-2026-0007\u00a0: Compléter la notification, échéance dans 3\u00a0h 10\u00a0min",
    );
    expect(reminderEmail({ to: ["a@b.c"], locale: "de", incident, deadline, now, appUrl: "x" }).text).toContain(
      "Die Meldung vervollständigen (DSGVO, DSGVO Art. 33(4)).\nFällig: 10. Apr. 2026, 10:15 MESZ",
    );
  });
});

describe("who reads which reminder", () => {
  it("gives one e-mail per language, the DPO's first, and one copy per address", () => {
    expect(
      recipientsByLanguage([
        { email: "dpo@x.example", locale: "fr" },
        { email: "owner@x.example", locale: "de" },
        undefined,
        { email: "dpo@x.example", locale: "fr" },
      ]),
    ).toEqual([
      { locale: "fr", to: ["dpo@x.example"] },
      { locale: "de", to: ["owner@x.example"] },
    ]);
    expect(
      recipientsByLanguage([
        { email: "a@x", locale: "cs" },
        { email: "b@x", locale: "cs" },
      ]),
    ).toEqual([{ locale: "cs", to: ["a@x", "b@x"] }]);
    expect(recipientsByLanguage([undefined, undefined])).toEqual([]);
  });
});

describe("the invitation's language", () => {
  it("is the account's, else the invitation's, else the practice country's, else English", () => {
    expect(invitationLocale({ userLocale: "fr", language: "de", practiceCountry: "CZ" })).toBe("fr");
    expect(invitationLocale({ userLocale: null, language: "de", practiceCountry: "CZ" })).toBe("de");
    expect(invitationLocale({ userLocale: "xx", practiceCountry: "CZ" })).toBe("cs");
    expect(invitationLocale({ practiceCountry: "AT" })).toBe("de");
    expect(invitationLocale({ practiceCountry: "BE" })).toBe("en");
  });

  it("words an existing account's invitation in Czech", () => {
    const email = invitationEmail({
      locale: "cs",
      to: "a@b.cz",
      practice: "ordinace-brno",
      role: "dpo",
      signsInToAccept: true,
      link: "https://bd/j/abc",
    });
    expect(email.subject).toBe("Vaše pozvánka do Breachdesku (ordinace-brno)");
    expect(email.text.split("\n")).toEqual([
      "Zveme vás do ordinace ordinace-brno v Breachdesku v roli „pověřenec pro ochranu osobních údajů“.",
      "",
      "Přihlaste se svým účtem Breachdesk a poté pozvánku přijměte otevřením tohoto odkazu (funguje jednou, po dobu 72 hodin):",
      "https://bd/j/abc",
      "",
      "Pokud jste tento e-mail nečekali, můžete ho ignorovat.",
    ]);
  });
});
