import { describe, expect, it } from "vitest";
import { englishIn } from "@/tests/e2e/support/page-language";

// The net the browser tests cast over French, Czech and German pages must catch English and only English.
describe("finding English on a page meant for another language", () => {
  it("catches an English sentence, and leaves French, Czech and German sentences alone", () => {
    const text = [
      "Déclarer une violation de données",
      "Tento incident je třeba ohlásit do 72 hodin, to je zákonná lhůta.",
      "Die Meldung an die Aufsichtsbehörde ist fällig, was ist zu tun?",
      "Please check the facts before you send this to the DPO.",
    ].join("\n");
    expect(englishIn(text, "fr")).toEqual(["Please check the facts before you send this to the DPO."]);
  });

  it("catches an English interface message of the catalogue, even a short one", () => {
    expect(englishIn("Accueil\nSkip to content\nSe déconnecter", "fr")).toEqual(["Skip to content"]);
  });
});
