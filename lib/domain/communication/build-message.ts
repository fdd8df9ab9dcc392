import { deriveConsequences } from "@/lib/domain/notification/consequences";
import { formatDate } from "@/lib/domain/notification/format-instant";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { chooseAdvice } from "./advice";
import type { MessageBlock, MessageResult, Recipient, SubjectMessage } from "./message-types";
import { MissingVariablesError, fillPlaceholders, type TemplateVariables } from "./placeholders";
import { COMMUNICATION_TEMPLATES } from "./templates";
import type { CommunicationTemplate, MessageLanguage } from "./templates/template-types";

/*
 * The Art. 34(2) communication: the nature of the breach in plain words, the contact point, the likely
 * consequences and the measures taken, plus practical advice chosen from the facts. Built as blocks of
 * templates first, then filled in one go so that every missing variable is reported together.
 */

/** A block whose texts may still hold placeholders. */
type DraftBlock = MessageBlock;

const nonBlank = (value: string | null | undefined): string | undefined =>
  value == null || value.trim() === "" ? undefined : value.trim();

function variablesFor(input: NotificationInput, language: MessageLanguage, recipient?: Recipient): Record<string, string | undefined> {
  const { incident, organisation } = input;
  const contact = organisation.contactPoint;
  const details = [nonBlank(contact?.email), nonBlank(contact?.phone)].filter((part): part is string => part !== undefined);
  return {
    name: nonBlank(recipient?.name),
    organisation: nonBlank(organisation.name),
    date: formatDate(incident.discoveredAt ?? incident.awareAt, incident.timeZone, language),
    contactName: nonBlank(contact?.name),
    contactDetails: details.length ? details.join(", ") : undefined,
    measures: nonBlank(incident.measuresTaken) ?? nonBlank(incident.measuresProposed),
    measuresProposed: nonBlank(incident.measuresTaken) ? nonBlank(incident.measuresProposed) : undefined,
    managerConsequences: nonBlank(incident.likelyConsequences),
  };
}

/** The body shared by the letter and the public notice: what happened, data, consequences, measures, advice, contact. */
function bodyBlocks(input: NotificationInput, words: CommunicationTemplate, variables: TemplateVariables): DraftBlock[] {
  const facts = input.incident.facts ?? {};
  const types = facts.breachTypes ?? [];
  const categories = facts.dataCategories ?? [];
  const consequences = deriveConsequences(facts);
  const advice = chooseAdvice(facts);
  const blocks: DraftBlock[] = [];

  blocks.push({ kind: "heading", text: words.headings.whatHappened });
  // "{breachTypes}" is never given as a variable: an unknown nature makes the render fail, by design.
  const nature = types.length ? types.map((type) => words.nature[type]).join(" ") : "{breachTypes}";
  blocks.push({ kind: "paragraph", text: `${nature} ${words.discoveredOn}` });

  blocks.push({ kind: "heading", text: words.headings.information });
  blocks.push({ kind: "paragraph", text: words.informationIntro });
  blocks.push(
    categories.length
      ? { kind: "list", items: categories.map((category) => words.dataCategories[category]) }
      : { kind: "paragraph", text: "{dataCategories}" },
  );

  blocks.push({ kind: "heading", text: words.headings.consequences });
  if (consequences.length) {
    blocks.push({ kind: "list", items: consequences.map((code) => words.consequences[code]) });
  } else {
    // Nothing to derive from the facts: fall back to the manager's own description, or fail.
    blocks.push({ kind: "paragraph", text: "{managerConsequences}" });
  }

  blocks.push({ kind: "heading", text: words.headings.measures });
  blocks.push({ kind: "paragraph", text: words.measuresIntro });
  blocks.push({ kind: "paragraph", text: "{measures}" });
  if (variables.measuresProposed) blocks.push({ kind: "paragraph", text: "{measuresProposed}" });

  if (advice.length) {
    blocks.push({ kind: "heading", text: words.headings.advice });
    blocks.push({ kind: "list", items: advice.map((code) => words.advice[code]) });
  }

  blocks.push({ kind: "heading", text: words.headings.contact });
  blocks.push({ kind: "paragraph", text: words.contact });
  return blocks;
}

function fillBlocks(blocks: readonly DraftBlock[], variables: TemplateVariables):
  | { ok: true; blocks: MessageBlock[] }
  | { ok: false; missing: string[] } {
  const missing = new Set<string>();
  const fill = (text: string): string => {
    const result = fillPlaceholders(text, variables);
    if (result.ok) return result.text;
    result.error.missing.forEach((name) => missing.add(name));
    return text;
  };
  const filled = blocks.map((block): MessageBlock =>
    block.kind === "list" ? { kind: "list", items: block.items.map(fill) } : { kind: block.kind, text: fill(block.text) },
  );
  return missing.size ? { ok: false, missing: [...missing] } : { ok: true, blocks: filled };
}

export function blocksToText(blocks: readonly MessageBlock[]): string {
  return blocks
    .map((block) => (block.kind === "list" ? block.items.map((item) => `- ${item}`).join("\n") : block.text))
    .join("\n\n");
}

function finish(
  kind: SubjectMessage["kind"],
  language: MessageLanguage,
  subjectTemplate: string,
  blocks: DraftBlock[],
  variables: TemplateVariables,
  input: NotificationInput,
): MessageResult {
  const subject = fillPlaceholders(subjectTemplate, variables);
  const body = fillBlocks(blocks, variables);
  const missing = new Set<string>([...(subject.ok ? [] : subject.error.missing), ...(body.ok ? [] : body.missing)]);
  if (!subject.ok || !body.ok) return { ok: false, error: new MissingVariablesError([...missing]) };
  return {
    ok: true,
    message: {
      kind,
      language,
      subject: subject.text,
      text: blocksToText(body.blocks),
      blocks: body.blocks,
      advice: chooseAdvice(input.incident.facts),
    },
  };
}

/** The letter or e-mail to one person. With a recipient name, the salutation uses it. */
export function buildSubjectMessage(
  input: NotificationInput,
  language: MessageLanguage,
  recipient?: Recipient,
): MessageResult {
  const words = COMMUNICATION_TEMPLATES[language];
  const variables = variablesFor(input, language, recipient);
  const salutation = variables.name ? words.salutationNamed : words.salutationGeneric;
  const blocks: DraftBlock[] = [
    { kind: "paragraph", text: salutation },
    { kind: "paragraph", text: words.intro },
    ...bodyBlocks(input, words, variables),
    { kind: "paragraph", text: words.closing },
    { kind: "paragraph", text: words.signOff },
  ];
  return finish("individual", language, words.subject, blocks, variables, input);
}

/** Art. 34(3)(c): a public communication when contacting each person would take disproportionate effort. */
export function buildPublicNotice(input: NotificationInput, language: MessageLanguage): MessageResult {
  const words = COMMUNICATION_TEMPLATES[language];
  const groups = (input.incident.facts?.subjects?.categories ?? []).map((category) => words.public.subjectGroups[category]);
  const variables = { ...variablesFor(input, language), groups: groups.length ? groups.join(", ") : undefined };
  const blocks: DraftBlock[] = [
    { kind: "heading", text: words.public.title },
    { kind: "paragraph", text: words.public.intro },
    { kind: "paragraph", text: `${words.public.concerns} ${words.public.ifConcerned}` },
    ...bodyBlocks(input, words, variables),
    { kind: "paragraph", text: words.closing },
    { kind: "paragraph", text: words.signOff },
  ];
  return finish("public_notice", language, words.public.subject, blocks, variables, input);
}
