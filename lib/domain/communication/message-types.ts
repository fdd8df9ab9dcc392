import type { AdviceCode } from "./advice";
import type { MissingVariablesError } from "./placeholders";
import type { MessageLanguage } from "./templates/template-types";

/** One block of a message: simple enough for an HTML e-mail, a PDF letter or a web page. */
export type MessageBlock = { kind: "heading"; text: string } | { kind: "paragraph"; text: string } | { kind: "list"; items: string[] };

export interface SubjectMessage {
  kind: "individual" | "public_notice";
  language: MessageLanguage;
  subject: string;
  /** Plain-text body, ready for a text e-mail. */
  text: string;
  blocks: MessageBlock[];
  advice: AdviceCode[];
}

export type MessageResult = { ok: true; message: SubjectMessage } | { ok: false; error: MissingVariablesError };

export interface Recipient {
  name?: string | null;
  email?: string | null;
}
