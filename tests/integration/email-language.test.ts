import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliOperator } from "@/lib/server/actor";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The invitation e-mail is written in the invitee's language (docs/I18N.md): their account's, else the one
 * the invitation names, else their practice's country's, else English.
 */
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.db.organization.create({ data: { slug: "praxis-rhein", name: "Praxis am Rhein", country: "DE", timeZone: "Europe/Berlin" } });
  await ctx.db.organization.create({ data: { slug: "thames", name: "Thames Surgery", country: "GB", timeZone: "Europe/London" } });
  await ctx.db.user.create({ data: { email: "francoise@example.org", name: "Françoise", locale: "fr", passwordHash: "set-by-her" } });
});
afterAll(async () => ctx.close());

async function invitationTo(email: string): Promise<{ to: string; subject: string; text: string }> {
  const rows = await ctx.db.outboxMessage.findMany({ where: { kind: "email" } });
  const messages = rows.map(
    (row) => JSON.parse(unseal(row.payload, at("outboxMessage", "payload", row.id))) as { to: string; subject: string; text: string },
  );
  const found = messages.filter((message) => message.to === email);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("the invitation e-mail's language", () => {
  it("is the practice's country's when nobody chose one: German for a German practice", async () => {
    const added = await addMember(
      ctx,
      cliOperator,
      { organization: "praxis-rhein", email: "neu@rhein.example", role: "dpo" },
      { emailInvitation: true },
    );
    if (!added.ok) throw new Error(JSON.stringify(added));
    const message = await invitationTo("neu@rhein.example");
    expect(message.subject).toBe("Ihre Einladung zu Breachdesk (praxis-rhein)");
    expect(message.text).toBe(
      [
        "Ihnen wurde in Breachdesk die Rolle „Datenschutzbeauftragte(r)“ für die Praxis praxis-rhein zugewiesen.",
        "",
        "Öffnen Sie diesen Link, um Ihr eigenes Passwort festzulegen (er funktioniert einmal, 72 Stunden lang):",
        added.value.invitationLink,
        "",
        "Wenn Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie bitte.",
      ].join("\n"),
    );
  });

  it("is the one the invitation names for a new account: Czech, in a German practice", async () => {
    const added = await addMember(
      ctx,
      cliOperator,
      { organization: "praxis-rhein", email: "novak@rhein.example", role: "manager", language: "cs" },
      { emailInvitation: true },
    );
    if (!added.ok) throw new Error(JSON.stringify(added));
    const message = await invitationTo("novak@rhein.example");
    expect(message.subject).toBe("Vaše pozvánka do Breachdesku (praxis-rhein)");
    expect(message.text).toContain("V Breachdesku vám byla v ordinaci praxis-rhein přidělena role „vedoucí ordinace“.");
  });

  it("is an existing account's own, whatever the invitation names: French, signing in to accept", async () => {
    const added = await addMember(
      ctx,
      cliOperator,
      { organization: "praxis-rhein", email: "francoise@example.org", role: "lawyer", language: "de" },
      { emailInvitation: true },
    );
    if (!added.ok) throw new Error(JSON.stringify(added));
    const message = await invitationTo("francoise@example.org");
    expect(message.subject).toBe("Votre invitation à Breachdesk (praxis-rhein)");
    expect(message.text.split("\n").slice(0, 3)).toEqual([
      "Nous vous invitons à rejoindre praxis-rhein dans Breachdesk avec le rôle «\u00a0avocat\u00a0».",
      "",
      "Connectez-vous avec votre compte Breachdesk, puis ouvrez ce lien pour accepter " +
        "(il ne fonctionne qu’une fois, pendant 72\u00a0heures)\u00a0:",
    ]);
  });

  it("is English for a practice whose country's language the interface does not have, worded as it always was", async () => {
    const added = await addMember(
      ctx,
      cliOperator,
      { organization: "thames", email: "gp@thames.example", role: "admin" },
      { emailInvitation: true },
    );
    if (!added.ok) throw new Error(JSON.stringify(added));
    const message = await invitationTo("gp@thames.example");
    expect(message.subject).toBe("Your invitation to Breachdesk (thames)");
    expect(message.text).toContain('You have been given the role "admin" in Breachdesk for thames.');
    expect(message.text).toContain("Open this link to choose your own password (it works once, for 72 hours):");
  });
});
