import { randomBytes } from "node:crypto";
import { buildPublicNotice, buildSubjectMessage, escapeHtml, renderMessageHtml, type MessageLanguage, type SubjectMessage } from "@/lib/domain/communication";
import type { NotificationInput } from "@/lib/domain/notification/types";
import { at, seal, unseal } from "@/lib/server/crypto/sealed-text";

/*
 * Communication.content (sealed): while a draft, only a marker (the preview is built from the incident as it
 * is now); once approved, the exact input the DPO approved. Every message sent is built from that frozen
 * input plus the recipient's name, so a later edit of the incident cannot change what patients receive.
 */
export type CommunicationContent = { state: "draft" } | { state: "approved"; input: NotificationInput; approvedAt: string };

export const sealDraftContent = (communicationId: string): string => seal(JSON.stringify({ state: "draft" }), at("communication", "content", communicationId));

export function sealApprovedContent(communicationId: string, input: NotificationInput, approvedAt: Date): string {
  const content = { state: "approved", input, approvedAt: approvedAt.toISOString() } satisfies CommunicationContent;
  return seal(JSON.stringify(content), at("communication", "content", communicationId));
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
  return `<!doctype html><html lang="${message.language}"><head><meta charset="utf-8"><title></title></head><body>${renderMessageHtml(message)}</body></html>`;
}

/** The message one person receives (with their name), or the list of what is missing to write it. */
export function renderForRecipient(input: NotificationInput, language: string, name: string | null):
  | { ok: true; message: RenderedMessage }
  | { ok: false; missing: readonly string[] } {
  const built = buildSubjectMessage(input, language as MessageLanguage, { name });
  if (!built.ok) return { ok: false, missing: built.error.missing };
  return { ok: true, message: { subject: built.message.subject, text: built.message.text, html: emailHtml(built.message), blocks: built.message.blocks } };
}

export function renderPublicNotice(input: NotificationInput, language: string):
  | { ok: true; message: RenderedMessage }
  | { ok: false; missing: readonly string[] } {
  const built = buildPublicNotice(input, language as MessageLanguage);
  if (!built.ok) return { ok: false, missing: built.error.missing };
  return { ok: true, message: { subject: built.message.subject, text: built.message.text, html: emailHtml(built.message), blocks: built.message.blocks } };
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

export function personalisableMessage(input: NotificationInput, language: string):
  | { ok: true; message: PersonalisableMessage }
  | { ok: false; missing: readonly string[] } {
  const standIn = `Zq${randomBytes(12).toString("hex").replace(/[0-9]/g, (digit) => "ghijklmnop"[Number(digit)]!)}Zq`;
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
        blocks: blocks.map((block) => (block.kind === "list" ? { kind: "list", items: block.items.map((item) => put(item, name)) } : { kind: block.kind, text: put(block.text, name) })),
      }),
    },
  };
}
