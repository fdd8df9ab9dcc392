import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LABELS_EN } from "@/lib/domain/notification/authorities/labels-en";
import { VOCABULARY_EN } from "@/lib/domain/notification/authorities/vocabulary-en";
import type { Actor, Role } from "@/lib/server/actor";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { getNotificationDraft } from "@/lib/server/notification/get-notification-draft";
import { planPacketFiles } from "@/lib/server/packet/packet-files";
import { blobStore } from "@/lib/server/storage/blob-store";
import { extractPdf } from "../unit/documents/pdf-text";
import { englishSentences } from "../unit/notification/english-sentences";
import { createTestContext, type TestContext } from "./support/test-context";
import { stolenRecords } from "./support/facts";
import { value } from "./support/value";
import { member } from "./support/member";
import { acceptBothSuggestions } from "./support/assessed";

/*
 * The authority's document in the submission packet is written entirely in the authority's language: every
 * sentence the product writes (labels, the lists of what is missing, the risk factors, the channel) and the
 * practice's own text typed in that language. Checked on the PDF as pdftotext reads it.
 */
let ctx: TestContext;

interface Practice {
  slug: string;
  country: string;
  region?: string;
  timeZone: string;
  org: { name: string; address: string; dpoName: string; dpoEmail: string; dpoPhone: string };
  typed: { title: string; description: string; discovery: string; containment: string; delay: string; rationale: string };
}

const PRACTICES: Record<"fr" | "cs" | "de", Practice> = {
  fr: {
    slug: "cabinet-lilas",
    country: "FR",
    timeZone: "Europe/Paris",
    org: {
      name: "Cabinet médical des Lilas",
      address: "12 rue des Lilas\n75019 Paris",
      dpoName: "Claire Martin",
      dpoEmail: "dpo@cabinet-lilas.fr",
      dpoPhone: "+33 1 23 45 67 89",
    },
    typed: {
      title: "Base de rendez-vous copiée",
      description: "Un attaquant a copié la base de rendez-vous du cabinet à l'aide d'un mot de passe volé.",
      discovery: "Notre prestataire informatique a repéré le téléchargement dans les journaux du serveur.",
      containment: "Mots de passe réinitialisés, serveur isolé, double authentification imposée.",
      delay: "Le prestataire a mis une heure et demie à confirmer la copie des données des patients.",
      rationale: "Des données de santé de milliers de patients ont été obtenues par des inconnus.",
    },
  },
  cs: {
    slug: "ordinace-vinohrady",
    country: "CZ",
    timeZone: "Europe/Prague",
    org: {
      name: "Ordinace praktického lékaře Vinohrady",
      address: "Vinohradská 12\n120 00 Praha 2",
      dpoName: "Jana Nováková",
      dpoEmail: "poverenec@ordinace-vinohrady.cz",
      dpoPhone: "+420 222 123 456",
    },
    typed: {
      title: "Zkopírovaná databáze objednávek",
      description: "Útočník zkopíroval databázi objednávek pacientů pomocí odcizeného hesla.",
      discovery: "Náš dodavatel IT si stahování všiml v záznamech serveru.",
      containment: "Hesla byla změněna, server odpojen a zavedeno dvoufázové ověření.",
      delay: "Dodavateli trvalo hodinu a půl, než potvrdil, že byly zkopírovány údaje pacientů.",
      rationale: "Zdravotní údaje tisíců pacientů získaly neznámé osoby.",
    },
  },
  de: {
    slug: "praxis-viktualienmarkt",
    country: "DE",
    region: "DE-BY",
    timeZone: "Europe/Berlin",
    org: {
      name: "Hausarztpraxis am Viktualienmarkt",
      address: "Viktualienmarkt 3\n80331 München",
      dpoName: "Dr. Thomas Huber",
      dpoEmail: "datenschutz@praxis-viktualienmarkt.de",
      dpoPhone: "+49 89 1234567",
    },
    typed: {
      title: "Terminverwaltung kopiert",
      description: "Ein Angreifer hat mit einem gestohlenen Passwort die Terminverwaltung der Praxis kopiert.",
      discovery: "Unser IT-Dienstleister hat den Download in den Serverprotokollen bemerkt.",
      containment: "Passwörter zurückgesetzt, Server isoliert, Zwei-Faktor-Anmeldung eingeführt.",
      delay: "Der Dienstleister brauchte anderthalb Stunden, um den Abfluss von Patientendaten zu bestätigen.",
      rationale: "Gesundheitsdaten tausender Patienten sind in die Hände Unbekannter gelangt.",
    },
  },
};

const actors: Record<string, Actor & { kind: "user" }> = {};

async function person(key: string, organizationId: string, role: Role) {
  actors[key] = await member(ctx, key, organizationId, role);
}

/** A reported, assessed incident of the practice, with some of what the form asks still unknown. */
async function decidedIncident(language: keyof typeof PRACTICES): Promise<string> {
  const { typed, timeZone } = PRACTICES[language];
  const awareAt = "2026-03-27T09:30:00+01:00";
  const aware = new Date(awareAt).getTime();
  const before = (hours: number) => new Date(aware - hours * 3_600_000).toISOString();
  const incident = value(
    await createIncident(ctx, actors[`${language}-manager`]!, {
      title: typed.title,
      description: typed.description,
      occurredAt: before(13.5),
      discoveredAt: before(1.5),
      awareAt,
      timeZone,
      discoveryMethod: typed.discovery,
      containment: typed.containment,
      ongoing: false,
      containedAt: before(0.5),
      awarenessDelayReason: typed.delay,
      facts: stolenRecords(5300, 6100),
      submit: true,
    }),
  );
  const dpo = actors[`${language}-dpo`]!;
  await acceptBothSuggestions(ctx, dpo, incident.id, typed.rationale);
  return incident.id;
}

/** The authority document exactly as the packet carries it. */
async function packetNotificationPdf(language: keyof typeof PRACTICES, incidentId: string): Promise<{ path: string; text: string }> {
  const found = await findIncidentFor(ctx.db, actors[`${language}-dpo`]!, incidentId, "read");
  if (!found.ok) throw new Error("incident not found");
  const plan = await planPacketFiles(ctx.db, blobStore(ctx), found.value, ctx.now());
  const file = plan.files.find((candidate) => /^documents\/notification-.*\.pdf$/.test(candidate.path));
  if (!file) throw new Error(`no notification PDF among ${plan.files.map((candidate) => candidate.path).join(", ")}`);
  const content = typeof file.content === "function" ? await file.content() : file.content;
  const chunks: Buffer[] = [];
  for await (const chunk of content instanceof Readable ? content : Readable.from([content])) chunks.push(Buffer.from(chunk));
  return { path: file.path, text: extractPdf(Buffer.concat(chunks)).all };
}

/** The English sentences the product could print: labels, values, what is missing and why, for this incident. */
async function englishProductSentences(language: keyof typeof PRACTICES, incidentId: string): Promise<string[]> {
  const draft = value(await getNotificationDraft(ctx, actors[`${language}-dpo`]!, { incidentId, authority: "edpb" }));
  const vocabulary = JSON.stringify(VOCABULARY_EN)
    .split(/"(?:[^"\\]|\\.)*":|[{},[\]]/)
    .map((part) => part.replace(/^"|"$/g, ""))
    .filter((part) => part.length > 14);
  return [
    ...draft.missing.map((item) => item.message),
    ...draft.content.likelyConsequences.assessmentReasons,
    ...Object.values(LABELS_EN).filter((label) => label.length > 14),
    ...vocabulary,
    "Still missing before filing",
    "Also asked by the form",
    "Submission",
  ];
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-28T10:00:00Z") });
  for (const [language, practice] of Object.entries(PRACTICES)) {
    const org = await ctx.db.organization.create({
      data: {
        slug: practice.slug,
        country: practice.country,
        region: practice.region ?? null,
        timeZone: practice.timeZone,
        ...practice.org,
      },
    });
    await person(`${language}-manager`, org.id, "manager");
    await person(`${language}-dpo`, org.id, "dpo");
  }
});
afterAll(async () => ctx.close());

describe("the authority document in the packet speaks only the authority's language", () => {
  it.each([
    ["fr", "cnil", "Notification d’une violation de données à caractère personnel", /Également demandé par le formulaire/],
    ["cs", "uoou", "Ohlášení případu porušení zabezpečení osobních údajů", /Další údaje, které formulář požaduje/],
    ["de", "de-by", "Meldung einer Verletzung des Schutzes personenbezogener Daten", /Vom Formular zusätzlich erfragt/],
  ] as const)("%s practice: the %s document has no English sentence", async (language, authority, title, gapsHeading) => {
    const incidentId = await decidedIncident(language);
    const { path, text } = await packetNotificationPdf(language, incidentId);
    expect(path).toBe(
      `documents/notification-${(await ctx.db.incident.findUniqueOrThrow({ where: { id: incidentId } })).reference}-${authority}.pdf`,
    );
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(title);
    // What the form still asks is listed, in the document's language, and the practice's own words are there as typed.
    expect(flat).toMatch(gapsHeading);
    expect(flat).toContain(PRACTICES[language].typed.description);
    expect(englishSentences(text)).toEqual([]);
    for (const sentence of await englishProductSentences(language, incidentId)) {
      expect(flat, `English product text in the ${authority} document`).not.toContain(sentence.replace(/\s+/g, " ").slice(0, 40));
    }
  });

  it("a Bavarian practice notifies the BayLDA (not the federal BfDI), named with its address in the document", async () => {
    const incidentId = await decidedIncident("de");
    const draft = value(await getNotificationDraft(ctx, actors["de-dpo"]!, { incidentId }));
    expect(draft.authority.id).toBe("de-by");
    expect(draft.authority.language).toBe("de");
    const flat = (await packetNotificationPdf("de", incidentId)).text.replace(/\s+/g, " ");
    expect(flat).toContain("Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)");
    expect(flat).toContain("Promenade 27 91522 Ansbach");
    expect(flat).not.toMatch(/Bundesbeauftragte/);
  });

  it("a German practice without a Land: the missing Land is named, no authority is guessed", async () => {
    await ctx.db.organization.update({ where: { slug: PRACTICES.de.slug }, data: { region: null } });
    try {
      const incidentId = await decidedIncident("de");
      const draft = value(await getNotificationDraft(ctx, actors["de-dpo"]!, { incidentId }));
      expect(draft.authority.id).toBe("de");
      expect(draft.missing.find((item) => item.id === "organisation.region")).toMatchObject({
        field: "organisation.region",
        requiredFor: "art33",
      });
      const flat = (await packetNotificationPdf("de", incidentId)).text.replace(/\s+/g, " ");
      expect(flat).toContain("Vor der Meldung fehlt noch");
      expect(flat).toContain("Geben Sie das Bundesland an, in dem die Praxis ihren Sitz hat");
      expect(flat).not.toMatch(/BayLDA|Bundesbeauftragte/);
    } finally {
      await ctx.db.organization.update({ where: { slug: PRACTICES.de.slug }, data: { region: "DE-BY" } });
    }
  });

  it("a Land's authority can be asked for by id or Land code; Germany alone names none and is refused by name", async () => {
    const incidentId = await decidedIncident("de");
    const dpo = actors["de-dpo"]!;
    expect(value(await getNotificationDraft(ctx, dpo, { incidentId, authority: "de-nw" })).authority.id).toBe("de-nw");
    expect(value(await getNotificationDraft(ctx, dpo, { incidentId, authority: "DE-SN" })).authority.id).toBe("de-sn");
    expect(value(await getNotificationDraft(ctx, dpo, { incidentId, authority: "AT" })).authority.id).toBe("dsb");
    const refused = await getNotificationDraft(ctx, dpo, { incidentId, authority: "DE" });
    expect(refused).toEqual({
      ok: false,
      error: "invalid",
      fields: [{ field: "authority", problem: expect.stringContaining("the Land's code DE-BW ... DE-TH") }],
    });
  });
});
