import { describe, expect, it } from "vitest";
import { buildSubjectMessage } from "@/lib/domain/communication";
import { checkEditedTextCompleteness } from "@/lib/domain/communication/edited-text-completeness";
import { MESSAGE_LANGUAGES } from "@/lib/domain/communication/templates/template-types";
import { completeIncident } from "../notification/complete-incident";

const input = completeIncident();
const generated = (language: (typeof MESSAGE_LANGUAGES)[number]) => {
  const built = buildSubjectMessage(input, language, { name: "{name}" });
  if (!built.ok) throw new Error("the complete incident must render");
  return { subject: built.message.subject, text: built.message.text };
};
const ids = (text: string, language: (typeof MESSAGE_LANGUAGES)[number] = "en") =>
  checkEditedTextCompleteness(input, language, { subject: "Subject", text }).map((item) => item.id);

describe("checkEditedTextCompleteness", () => {
  it.each(MESSAGE_LANGUAGES)("finds nothing missing in the generated %s text", (language) => {
    expect(checkEditedTextCompleteness(input, language, generated(language))).toEqual([]);
  });

  it("names every part of Art. 34(2) a bare text lacks, in the letter's order, on the text field", () => {
    const missing = checkEditedTextCompleteness(input, "en", { subject: "Hello", text: "Dear {name}, sorry. Kind regards" });
    expect(missing.map((item) => item.id)).toEqual(["text.nature", "text.contact", "text.consequences", "text.measures"]);
    expect(missing.every((item) => item.field === "text" && item.requiredFor === "art34")).toBe(true);
  });

  it("keeps a part by its content as well as by its heading, whatever the case and line breaks", () => {
    const contact = input.organisation.contactPoint!;
    const text = [
      "WHAT   HAPPENED\nsomething",
      `Call ${contact.name!.toUpperCase()} on\n${contact.phone ?? contact.email}`,
      input.incident.likelyConsequences ?? "What this could mean for you",
      input.incident.measuresTaken!,
    ].join("\n\n");
    expect(ids(text)).toEqual([]);
  });

  it("asks for the contact's name and at least one way to reach them", () => {
    const contact = input.organisation.contactPoint!;
    const rest = "What happened. What this could mean for you. What we have done.";
    expect(ids(`${rest} Ask ${contact.name}.`)).toEqual(["text.contact"]);
    expect(ids(`${rest} Write to ${contact.email}.`)).toEqual(["text.contact"]);
    expect(ids(`${rest} Ask ${contact.name} at ${contact.email}.`)).toEqual([]);
  });
});
