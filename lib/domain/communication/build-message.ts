import { deriveConsequences } from "@/lib/domain/notification/consequences";
import { formatDate } from "@/lib/domain/notification/format-instant";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { chooseAdvice } from "./advice";
import type { MessageBlock, MessageResult, Recipient, SubjectMessage } from "./message-types";
import { MissingVariablesError, NotAPersonalDataBreachError, fillPlaceholders, type TemplateVariables } from "./placeholders";
import { COMMUNICATION_TEMPLATES } from "./templates";
import { outOfScope } from "@/lib/domain/notification/scope";
import type { CommunicationTemplate, HipaaWords, MessageLanguage } from "./templates/template-types";

/*
 * The Art. 34(2) communication: the nature of the breach in plain words, the contact point, the likely
 * consequences and the measures taken, plus practical advice chosen from the facts. Built as blocks of
 * templates first, then filled in one go so that every missing variable is reported together.
 */

/** A block whose texts may still hold placeholders. */
type DraftBlock = MessageBlock;

const nonBlank = (value: string | null | undefined): string | undefined =>
  value == null || value.trim() === "" ? undefined : value.trim();

const isHipaa = (input: NotificationInput): boolean => (input.incident.regimes ?? []).includes("hipaa");

function variablesFor(input: NotificationInput, language: MessageLanguage, recipient?: Recipient): Record<string, string | undefined> {
  const { incident, organisation } = input;
  const contact = organisation.contactPoint;
  const details = [nonBlank(contact?.email), nonBlank(contact?.phone)].filter((part): part is string => part !== undefined);
  const day = (iso: string | null | undefined) => (nonBlank(iso) ? formatDate(iso!, incident.timeZone, language) : undefined);
  return {
    name: nonBlank(recipient?.name),
    organisation: nonBlank(organisation.name),
    date: formatDate(incident.discoveredAt ?? incident.awareAt, incident.timeZone, language),
    occurred: day(incident.occurredAt),
    contained: incident.ongoing === true ? undefined : day(incident.containedAt),
    systems: nonBlank(incident.systemsInvolved),
    dataItems: nonBlank(incident.dataItems),
    contactName: nonBlank(contact?.name),
    contactDetails: details.length ? details.join(", ") : undefined,
    // Done and planned are kept apart: a measure only proposed must never read as already taken.
    measures: nonBlank(incident.measuresTaken),
    measuresPlanned: nonBlank(incident.measuresProposed),
    managerConsequences: nonBlank(incident.likelyConsequences),
    tollFree: nonBlank(contact?.tollFreePhone),
    email: nonBlank(contact?.email),
    website: nonBlank(contact?.website),
    postalAddress: nonBlank(organisation.address),
  };
}

/** When it happened and for how long, from the incident's times; nothing when the start is not known. */
function occurrenceSentence(words: CommunicationTemplate, variables: TemplateVariables, ongoing: boolean | null | undefined): string[] {
  if (!variables.occurred) return [];
  if (ongoing === true) return [words.narrative.occurredOngoing];
  if (variables.contained && variables.contained !== variables.occurred) return [words.narrative.occurredPeriod];
  return [words.narrative.occurredOn];
}

/** This breach's nature in sentences chosen from its facts (Art. 34(2) with 33(3)(a); EDPB Guidelines 9/2022). */
function natureSentences(input: NotificationInput, words: CommunicationTemplate, variables: TemplateVariables): string[] {
  const facts = input.incident.facts ?? {};
  const { narrative } = words;
  const sentences: string[] = [];
  for (const type of facts.breachTypes ?? []) {
    if (type === "confidentiality") {
      const confidentiality = facts.confidentiality;
      if (confidentiality?.exfiltration === "confirmed") {
        // Copying says it all: whether anyone also read it adds nothing the reader needs.
        sentences.push(narrative.exfiltration.confirmed);
      } else if (confidentiality) {
        sentences.push(
          narrative.access[confidentiality.access ?? "unknown"],
          narrative.exfiltration[confidentiality.exfiltration ?? "unknown"],
        );
      } else sentences.push(words.nature.confidentiality);
    } else if (type === "integrity") {
      sentences.push(narrative.integrity);
      const used = facts.integrity?.usedBeforeCorrection;
      if (used !== undefined) sentences.push(used ? narrative.integrityUsed : narrative.integrityNotUsed);
    } else {
      sentences.push(facts.availability?.permanentLoss ? narrative.availabilityLost : narrative.availability);
      if (facts.availability?.careDisrupted === true) sentences.push(narrative.careDisrupted);
    }
  }
  // "{breachTypes}" is never given as a variable: an unknown nature makes the render fail, by design.
  if (sentences.length === 0) sentences.push("{breachTypes}");
  return [...sentences, ...occurrenceSentence(words, variables, input.incident.ongoing), words.discoveredOn];
}

/** HIPAA contact procedures (45 CFR 164.404(c)(1)(E)): a toll-free number, plus e-mail, website or postal address. */
function hipaaContactBlocks(hipaa: HipaaWords, variables: TemplateVariables): DraftBlock[] {
  const ways = [hipaa.tollFree];
  if (variables.email) ways.push(hipaa.email);
  if (variables.website) ways.push(hipaa.website);
  if (variables.postalAddress) ways.push(hipaa.postal);
  // Only the toll-free number: the missing second way fails the render on "{email}".
  if (ways.length === 1) ways.push(hipaa.email);
  return [
    { kind: "paragraph", text: hipaa.contactIntro },
    { kind: "list", items: ways },
  ];
}

/** The body shared by the letter and the public notice: what happened, data, consequences, measures, advice, contact. */
function bodyBlocks(input: NotificationInput, words: CommunicationTemplate, variables: TemplateVariables): DraftBlock[] {
  const facts = input.incident.facts ?? {};
  const categories = facts.dataCategories ?? [];
  const consequences = deriveConsequences(facts);
  const advice = chooseAdvice(facts);
  const hipaa = isHipaa(input) ? words.hipaa : undefined;
  const blocks: DraftBlock[] = [];

  blocks.push({ kind: "heading", text: words.headings.whatHappened });
  blocks.push({ kind: "paragraph", text: natureSentences(input, words, variables).join(" ") });
  if (variables.systems) blocks.push({ kind: "paragraph", text: words.narrative.system });

  blocks.push({ kind: "heading", text: words.headings.information });
  blocks.push({ kind: "paragraph", text: words.informationIntro });
  blocks.push(
    categories.length
      ? { kind: "list", items: categories.map((category) => words.dataCategories[category]) }
      : { kind: "paragraph", text: "{dataCategories}" },
  );
  if (variables.dataItems) blocks.push({ kind: "paragraph", text: words.dataItems });

  blocks.push({ kind: "heading", text: words.headings.consequences });
  if (consequences.length) blocks.push({ kind: "list", items: consequences.map((code) => words.consequences[code]) });
  // The practice's own description always goes in; with nothing derived either, the render fails on it.
  if (variables.managerConsequences || consequences.length === 0) blocks.push({ kind: "paragraph", text: "{managerConsequences}" });

  const planned = Boolean(variables.measuresPlanned);
  if (variables.measures || !planned) {
    blocks.push({ kind: "heading", text: words.headings.measures });
    blocks.push({ kind: "paragraph", text: words.measuresIntro });
    blocks.push({ kind: "paragraph", text: "{measures}" });
  }
  if (planned) {
    blocks.push({ kind: "heading", text: words.headings.planned });
    blocks.push({ kind: "paragraph", text: "{measuresPlanned}" });
  }

  const steps = advice.map((code) => words.advice[code]);
  if (hipaa && (facts.breachTypes ?? []).includes("confidentiality")) steps.push(hipaa.healthPlanStep);
  if (steps.length) {
    blocks.push({ kind: "heading", text: words.headings.advice });
    blocks.push({ kind: "list", items: steps });
  }

  blocks.push({ kind: "heading", text: words.headings.contact });
  if (hipaa) blocks.push(...hipaaContactBlocks(hipaa, variables));
  else blocks.push({ kind: "paragraph", text: words.contact });
  return blocks;
}

function fillBlocks(
  blocks: readonly DraftBlock[],
  variables: TemplateVariables,
): { ok: true; blocks: MessageBlock[] } | { ok: false; missing: string[] } {
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
  return blocks.map((block) => (block.kind === "list" ? block.items.map((item) => `- ${item}`).join("\n") : block.text)).join("\n\n");
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

/**
 * No letter at all when the facts are not a personal-data breach, and no HIPAA notice in a language that lacks
 * its required elements: both refused with what stands in the way.
 */
function refusal(input: NotificationInput, words: CommunicationTemplate): MessageResult | null {
  const scope = outOfScope(input.incident.facts);
  if (scope) return { ok: false, error: new NotAPersonalDataBreachError(scope) };
  if (isHipaa(input) && !words.hipaa) return { ok: false, error: new MissingVariablesError(["hipaaWordsInThisLanguage"]) };
  return null;
}

/** The letter or e-mail to one person. With a recipient name, the salutation uses it. */
export function buildSubjectMessage(input: NotificationInput, language: MessageLanguage, recipient?: Recipient): MessageResult {
  const words = COMMUNICATION_TEMPLATES[language];
  const refused = refusal(input, words);
  if (refused) return refused;
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
  const refused = refusal(input, words);
  if (refused) return refused;
  const hipaa = isHipaa(input) ? words.hipaa : undefined;
  const groups = (input.incident.facts?.subjects?.categories ?? []).map((category) => words.public.subjectGroups[category]);
  const variables = { ...variablesFor(input, language), groups: groups.length ? groups.join(", ") : undefined };
  const blocks: DraftBlock[] = [
    { kind: "heading", text: words.public.title },
    { kind: "paragraph", text: words.public.intro },
    { kind: "paragraph", text: `${words.public.concerns} ${words.public.ifConcerned}` },
    ...bodyBlocks(input, words, variables),
    // HIPAA substitute notice (45 CFR 164.404(d)(2)(i)): 90 days on the home page, a toll-free number for 90 days.
    ...(hipaa ? [{ kind: "paragraph" as const, text: `${hipaa.postedFor90Days} ${hipaa.tollFreeFor90Days}` }] : []),
    { kind: "paragraph", text: words.closing },
    { kind: "paragraph", text: words.signOff },
  ];
  return finish("public_notice", language, words.public.subject, blocks, variables, input);
}
