import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { messagesOf } from "@/lib/i18n/catalogue";

const FR = messagesOf("fr");
import { launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { signInOverHttp } from "./support/http-session";
import { joinedMember } from "./support/people";

/*
 * Issue #18: a French practice manager logs an incident entirely in French. She chose no language, her browser
 * asks for English, and her practice is in France: the interface follows the practice (docs/I18N.md). At every
 * step of the wizard the page is French, and none of the intake's English sentences shows through.
 */

const baseUrl = inject("baseUrl");
const PASSWORD = "lavande granit horloge quinze";
const EMAIL = "gestion@cabinet-dupont.example";
const TITLE = "Résultats d'analyse envoyés au mauvais patient";
/** French typography: a no-break space before the colon and the question mark. */
const NB = "\u00a0";
let browser: Browser;

type Tree = { [key: string]: string | Tree };
function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : values(value)));
}

/** The literal text of a message outside its ICU arguments and tags ("Step {step} of {total}" → "Step ", " of "). */
function literals(message: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of message.replace(/<\/?\w+>/g, "\u0000")) {
    if (char === "{") {
      if (depth === 0) parts.push(current);
      current = "";
      depth += 1;
    } else if (char === "}") depth -= 1;
    else if (depth === 0) current += char;
  }
  parts.push(current);
  return parts.flatMap((part) => part.split("\u0000")).map((part) => part.trim());
}

/**
 * The English interface text of the intake (namespaces intake, incident and forms): every stretch of more than one
 * word, which a French page must never show.
 */
const ENGLISH = [
  ...new Set(
    (["intake", "incident", "forms"] as const)
      .flatMap((namespace) => values(messagesOf("en")[namespace] as Tree))
      .flatMap(literals)
      .filter((text) => text.split(/[^\p{L}]+/u).filter((word) => word.length > 0).length > 1),
  ),
];

async function englishShown(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return ENGLISH.filter((english) => text.includes(english));
}

beforeAll(async () => {
  browser = await launchBrowser();
  const org = (await cli("org", "create", "--name", "Cabinet Dupont", "--country", "FR", "--tz", "Europe/Paris")).trim();
  // No language of her own: the interface follows her practice's country.
  await joinedMember(org, EMAIL, "manager", PASSWORD, null);
}, 120_000);
afterAll(async () => browser?.close());

describe("the intake in French", () => {
  it("lets a French manager log an incident through the wizard entirely in French", { timeout: 180_000 }, async () => {
    expect(ENGLISH).toContain("Send the report");
    expect(ENGLISH).toContain("What happened to the data? Choose all that apply.");
    // Her browser asks for English: the practice's country decides, not the browser.
    const context = await browser.newContext({ locale: "en-US", extraHTTPHeaders: { "accept-language": "en-US,en;q=0.9" } });
    const session = await signInOverHttp(baseUrl, EMAIL, PASSWORD);
    const [name, ...rest] = session.split("=");
    await context.addCookies([{ name: name!, value: rest.join("="), url: baseUrl }]);
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    const heading = (title: string) => page.getByRole("heading", { level: 2, name: title, exact: true });
    const group = (question: string) => page.getByRole("group", { name: question, exact: true });
    const checkFrench = async (step: string) => expect(await englishShown(page), step).toEqual([]);

    // The check finds English when there is some.
    await page.setContent("<body><p>Please correct the answers marked below.</p><p>Envoyer</p></body>");
    expect(await englishShown(page)).toEqual(["Please correct the answers marked below."]);

    await page.goto(`${baseUrl}/incidents/new`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.getByRole("heading", { level: 1, name: "Signaler une violation" }).waitFor();
    await heading("Ce qui s’est passé, et quand").waitFor();
    await page.getByText("Étape 1 sur 3").waitFor();
    // Looked up in the catalogue, so a reviewer's better wording does not break the test.
    const zoneNote = `${FR.intake.what.zoneNote.split("<strong>")[0]}Europe/Paris`;
    await page.getByText(zoneNote).waitFor();
    expect(await page.getByLabel("Quand vous avez su que des données personnelles étaient en jeu").inputValue()).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d$/,
    );
    await checkFrench("step 1");

    // Nothing typed yet: the fields say what is wrong in French, on the field.
    await page.getByRole("button", { name: /^Suivant/ }).click();
    await page.getByRole("alert").filter({ hasText: "Corrigez les réponses signalées ci-dessous." }).waitFor();
    await page
      .getByRole("alert")
      .filter({ hasText: `Un titre court${NB}: doit comporter au moins 3 caractères` })
      .waitFor();
    expect(await page.locator("#field-description-error").textContent()).toBe(`Ce qui s’est passé, avec vos mots${NB}: obligatoire`);
    await checkFrench("step 1 with its problems");

    await page.getByLabel("Un titre court").fill(TITLE);
    await page
      .getByLabel("Ce qui s’est passé, avec vos mots")
      .fill("Un courrier avec les résultats de M. Martin a été envoyé à une autre patiente, qui vient de nous appeler.");
    await page
      .getByTestId("autosave-status")
      .getByText(/^Brouillon enregistré à /)
      .waitFor({ timeout: 15_000 });
    await page.getByRole("button", { name: "Suivant : Les données touchées, et les personnes concernées".replace(" :", `${NB}:`) }).click();

    await heading("Les données touchées, et les personnes concernées").waitFor();
    await page.getByText("Étape 2 sur 3").waitFor();
    await group(`Qu’est-il arrivé aux données${NB}? Cochez toutes les réponses qui conviennent.`)
      .getByLabel("Quelqu’un qui n’aurait pas dû les voir a pu les voir")
      .check();
    await group(`Quelqu’un d’extérieur au cabinet a-t-il pu voir les données${NB}? Qui${NB}?`)
      .getByLabel("Une personne que nous connaissons, par exemple un autre patient qui a reçu le mauvais courrier")
      .check();
    await group(`Était-ce un accident, ou quelqu’un l’a-t-il fait exprès${NB}?`).getByLabel("Un accident ou une erreur").check();
    const kinds = group(`Quels types d’informations étaient en cause${NB}? Cochez toutes les réponses qui conviennent.`);
    await kinds.getByLabel("Noms, adresses, dates de naissance").check();
    await kinds.getByLabel(`Tout ce qui est médical${NB}: diagnostics, résultats, ordonnances`).check();
    expect(await group(FR.incident.questions.subjects.categories.question).getByLabel("Patients", { exact: true }).isChecked()).toBe(true);
    await page.getByText(`Autres types${NB}: images médicales`).waitFor();
    await page.getByText(`Pourquoi${NB}?`).first().waitFor();
    // A count below zero is refused in French, naming the question.
    await page.getByLabel(`Combien de personnes environ sont concernées${NB}?`).fill("-1");
    await page.getByRole("button", { name: /^Suivant/ }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: `Combien de personnes environ sont concernées${NB}?${NB}: ` })
      .waitFor();
    await checkFrench("step 2 with its problem");
    await page.getByLabel(`Combien de personnes environ sont concernées${NB}?`).fill("1");
    await checkFrench("step 2");
    await page.getByRole("button", { name: `Suivant${NB}: Maîtriser l’incident` }).click();

    await heading("Maîtriser l’incident").waitFor();
    await page.getByText("Étape 3 sur 3").waitFor();
    await page.getByLabel("Ce qui a été fait pour maîtriser l’incident").fill("La patiente rapporte le courrier aujourd'hui.");
    await group(`Est-ce toujours en cours${NB}?`).getByLabel("Non, c’est terminé").check();
    await page.getByText(`Réponses prudentes préremplies, à vérifier par le DPO${NB}:`).waitFor();
    await checkFrench("step 3");

    await page.getByRole("button", { name: "Vérifier d’abord toutes les réponses" }).click();
    await heading("Vérifier et envoyer").waitFor();
    await page.getByText("Dernière vérification").waitFor();
    await page.getByText("Vérifiez vos réponses.", { exact: false }).waitFor();
    const row = (label: string) => page.locator(".facts-row").filter({ has: page.getByText(label, { exact: true }) });
    expect(await row("Un titre court").locator("dd").textContent()).toBe(TITLE);
    expect(await row("Accident ou acte délibéré").locator("dd").textContent()).toBe("Un accident ou une erreur");
    expect(await row("Prérempli").locator("dd").textContent()).toContain("non chiffrées (ou papier)");
    await page.getByRole("button", { name: "Modifier « Maîtriser l’incident »".replace("« ", `«${NB}`).replace(" »", `${NB}»`) }).waitFor();
    await checkFrench("review");

    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await page.waitForURL(/\/incidents\/[^/]+\?reported=1$/, { timeout: 30_000 });
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
