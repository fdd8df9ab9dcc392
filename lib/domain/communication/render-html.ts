import type { MessageBlock, SubjectMessage } from "./message-types";

/*
 * HTML for e-mails and previews. Every piece of text is escaped, including names and the manager's own
 * words, so a recipient called "<script>..." is shown, never run.
 */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Line breaks inside a paragraph (the sign-off) become <br>, after escaping. */
const inline = (text: string): string => escapeHtml(text).replace(/\n/g, "<br>");

function blockToHtml(block: MessageBlock): string {
  switch (block.kind) {
    case "heading":
      return `<h2>${inline(block.text)}</h2>`;
    case "paragraph":
      return `<p>${inline(block.text)}</p>`;
    case "list":
      return `<ul>${block.items.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`;
  }
}

/** The body as an HTML fragment (no <html> wrapper: the mail layer adds its own). */
export function renderMessageHtml(message: SubjectMessage): string {
  return `<div lang="${escapeHtml(message.language)}">${message.blocks.map(blockToHtml).join("\n")}</div>`;
}
