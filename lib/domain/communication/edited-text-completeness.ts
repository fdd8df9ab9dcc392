import { deriveConsequences } from "@/lib/domain/notification/consequences";
import type { NotificationInput } from "@/lib/domain/notification/types";
import type { CommunicationMissingItem } from "./completeness";
import { COMMUNICATION_TEMPLATES } from "./templates";
import type { MessageLanguage } from "./templates/template-types";

/*
 * When the DPO words the letter herself, her text is what people read, so it must still hold what Art. 34(2)
 * asks: the nature of the breach, the contact point (Art. 33(3)(b)), the likely consequences (33(3)(c)) and the
 * measures (33(3)(d)). The incident may hold all of them while her edit dropped one. A part counts as kept
 * when its heading from the generated letter is still there, or its content (a consequence sentence, the
 * practice's own description, the measures as entered); the contact point when its name and at least one way
 * to reach it are there. Case and line breaks do not matter.
 */

// A typed straight apostrophe matches the letter's typographic one (French headings: "Ce qui s’est passé").
const normalise = (text: string): string => text.toLocaleLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();

const present = (value: string | null | undefined): value is string => value != null && value.trim() !== "";

/** What the edited text lacks, in the order of the letter; empty when it holds every part. */
export function checkEditedTextCompleteness(
  input: NotificationInput,
  language: MessageLanguage,
  edited: { subject: string; text: string },
): CommunicationMissingItem[] {
  const words = COMMUNICATION_TEMPLATES[language];
  const text = normalise(`${edited.subject}\n${edited.text}`);
  const holds = (...parts: Array<string | null | undefined>) => parts.some((part) => present(part) && text.includes(normalise(part)));
  const missing: CommunicationMissingItem[] = [];
  const add = (id: string, message: string, values: Record<string, string>) =>
    missing.push({ id: `text.${id}`, field: "text", message, requiredFor: "art34", values });
  const { incident, organisation } = input;

  if (!holds(words.headings.whatHappened, ...Object.values(words.nature))) {
    add(
      "nature",
      `Your text no longer says what happened (Art. 34(2), the nature of the breach): keep the part headed ` +
        `"${words.headings.whatHappened}".`,
      { heading: words.headings.whatHappened },
    );
  }

  const contact = organisation.contactPoint;
  const ways = [contact?.email, contact?.phone].filter(present);
  const nameKept = !present(contact?.name) || holds(contact.name);
  const wayKept = ways.length === 0 || holds(...ways);
  if (!nameKept || !wayKept) {
    const who = present(contact?.name) ? `"${contact.name.trim()}"` : "the contact person";
    const how = ways.length ? ` and how to reach them (${ways.map((way) => way.trim()).join(" or ")})` : "";
    const contactValue = [present(contact?.name) ? contact.name.trim() : null, ...ways.map((way) => way.trim())].filter(Boolean).join(", ");
    add("contact", `Your text no longer gives the contact point (Art. 34(2), Art. 33(3)(b)): keep ${who}${how}.`, {
      contact: contactValue,
    });
  }

  const consequences = deriveConsequences(incident.facts ?? {}).map((code) => words.consequences[code]);
  if (!holds(words.headings.consequences, incident.likelyConsequences, ...consequences)) {
    add(
      "consequences",
      `Your text no longer says what could happen to the people (Art. 34(2), Art. 33(3)(c), the likely ` +
        `consequences): keep the part headed "${words.headings.consequences}".`,
      { heading: words.headings.consequences },
    );
  }

  if (!holds(words.headings.measures, words.headings.planned, incident.measuresTaken, incident.measuresProposed)) {
    add(
      "measures",
      `Your text no longer says what the practice has done or will do (Art. 34(2), Art. 33(3)(d), the ` +
        `measures): keep the part headed "${words.headings.measures}".`,
      { heading: words.headings.measures },
    );
  }
  return missing;
}
