import { createHash, randomBytes } from "node:crypto";
import {
  buildPublicNotice,
  buildSubjectMessage,
  escapeHtml,
  renderMessageHtml,
  type MessageLanguage,
  type SubjectMessage,
} from "@/lib/domain/communication";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { at, seal, unseal } from "@/lib/server/crypto/sealed-text";

/*
 * Communication.content (sealed): while a draft, only a marker (the preview is built from the incident as it
 * is now); once approved, the exact input the DPO approved. Every message sent is built from that frozen
 * input plus the recipient's name, so a later edit of the incident cannot change what patients receive.
 */
export type CommunicationContent =
  { state: "draft"; edited?: EditedText } | { state: "approved"; input: NotificationInput; approvedAt: string; edited?: EditedText };

/**
 * The DPO's own wording of the message, replacing the generated one: sealed with the rest of the content,
 * with the SHA-256 of exactly this subject and text, which the approval and the audit trail record.
 */
export interface EditedText {
  subject: string;
  text: string;
  sha256: string;
  editedAt: string;
}

/** The only thing filled in per person in an edited text. */
export const NAME_PLACEHOLDER = "{name}";

export const editedTextHash = (subject: string, text: string): string =>
  createHash("sha256").update(JSON.stringify({ subject, text })).digest("hex");

export const sealContent = (communicationId: string, content: CommunicationContent): string =>
  seal(JSON.stringify(content), at("communication", "content", communicationId));

export const sealDraftContent = (communicationId: string, edited?: EditedText): string =>
  sealContent(communicationId, edited ? { state: "draft", edited } : { state: "draft" });

export function sealApprovedContent(communicationId: string, input: NotificationInput, approvedAt: Date, edited?: EditedText): string {
  return sealContent(communicationId, { state: "approved", input, approvedAt: approvedAt.toISOString(), ...(edited ? { edited } : {}) });
}

export function readContent(communication: { id: string; content: string }): CommunicationContent {
  return JSON.parse(unseal(communication.content, at("communication", "content", communication.id))) as CommunicationContent;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  blocks: SubjectMessage["blocks"];
}

/** The wrapper the mail adds around the message fragment: a whole document with its language. */
function emailHtml(message: SubjectMessage): string {
  return (
    `<!doctype html><html lang="${message.language}"><head><meta ` +
    `charset="utf-8"><title></title></head><body>${renderMessageHtml(message)}</body></html>`
  );
}

/** The message one person receives (with their name), or the list of what is missing to write it. */
export function renderForRecipient(
  input: NotificationInput,
  language: string,
  name: string | null,
): { ok: true; message: RenderedMessage } | { ok: false; missing: readonly string[] } {
  const built = buildSubjectMessage(input, language as MessageLanguage, { name });
  if (!built.ok) return { ok: false, missing: built.error.missing };
  return {
    ok: true,
    message: { subject: built.message.subject, text: built.message.text, html: emailHtml(built.message), blocks: built.message.blocks },
  };
}

export function renderPublicNotice(
  input: NotificationInput,
  language: string,
): { ok: true; message: RenderedMessage } | { ok: false; missing: readonly string[] } {
  const built = buildPublicNotice(input, language as MessageLanguage);
  if (!built.ok) return { ok: false, missing: built.error.missing };
  return {
    ok: true,
    message: { subject: built.message.subject, text: built.message.text, html: emailHtml(built.message), blocks: built.message.blocks },
  };
}

/**
 * The message rendered once with a stand-in name, then personalised per person by replacing the stand-in:
 * the same result as renderForRecipient (the stand-in is plain letters, so HTML escaping leaves it intact,
 * and the name is escaped for the HTML part), at a fraction of the cost for thousands of people.
 * The stand-in is random per template, so no name or manager's text can contain it by chance.
 */
export interface PersonalisableMessage {
  forName(name: string): RenderedMessage;
}

export function personalisableMessage(
  input: NotificationInput,
  language: string,
): { ok: true; message: PersonalisableMessage } | { ok: false; missing: readonly string[] } {
  const standIn = `Zq${randomBytes(12)
    .toString("hex")
    .replace(/[0-9]/g, (digit) => "ghijklmnop"[Number(digit)]!)}Zq`;
  const rendered = renderForRecipient(input, language, standIn);
  if (!rendered.ok) return rendered;
  const { subject, text, html, blocks } = rendered.message;
  const put = (template: string, value: string) => template.split(standIn).join(value);
  return {
    ok: true,
    message: {
      forName: (name) => ({
        subject: put(subject, name),
        text: put(text, name),
        html: put(html, escapeHtml(name)),
        blocks: blocks.map((block) =>
          block.kind === "list"
            ? { kind: "list", items: block.items.map((item) => put(item, name)) }
            : { kind: block.kind, text: put(block.text, name) },
        ),
      }),
    },
  };
}

/** The DPO's edited text as one person's message: only the name placeholder changes, the rest is as approved. */
export function editedMessage(edited: EditedText, language: string): PersonalisableMessage {
  return {
    forName: (name) => {
      const put = (template: string) => template.split(NAME_PLACEHOLDER).join(name);
      const text = put(edited.text);
      const paragraphs = text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean);
      const body = paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`).join("");
      return {
        subject: put(edited.subject),
        text,
        html:
          `<!doctype html><html lang="${escapeHtml(language)}"><head><meta ` +
          `charset="utf-8"><title></title></head><body>${body}</body></html>`,
        blocks: paragraphs.map((paragraph) => ({ kind: "paragraph" as const, text: paragraph })),
      };
    },
  };
}

/** What each person receives: the DPO's edited text when there is one, else the message built from the facts. */
export function messageOf(
  content: CommunicationContent,
  input: NotificationInput,
  language: string,
): { ok: true; message: PersonalisableMessage } | { ok: false; missing: readonly string[] } {
  return content.edited ? { ok: true, message: editedMessage(content.edited, language) } : personalisableMessage(input, language);
}
