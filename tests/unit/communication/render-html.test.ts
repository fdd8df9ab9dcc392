import { describe, expect, it } from "vitest";
import { buildSubjectMessage } from "@/lib/domain/communication/build-message";
import { escapeHtml, renderMessageHtml } from "@/lib/domain/communication/render-html";
import { completeIncident } from "../notification/complete-incident";

describe("renderMessageHtml", () => {
  const hostileName = "<script>alert(1)</script>";

  it("escapes the recipient's name and never emits their markup", () => {
    const result = buildSubjectMessage(completeIncident(), "en", { name: hostileName });
    if (!result.ok) throw new Error("render failed");
    const html = renderMessageHtml(result.message);
    expect(html).not.toContain("<script>");
    expect(html).toContain("<p>Dear &lt;script&gt;alert(1)&lt;/script&gt;,</p>");
    // The plain-text body keeps the name as typed: escaping belongs to HTML only.
    expect(result.message.text).toContain(`Dear ${hostileName},`);
  });

  it("escapes the practice's own words and organisation name", () => {
    const input = completeIncident();
    input.organisation.name = `Lilas "&" Co <img src=x onerror=alert(1)>`;
    input.incident.measuresTaken = "Server isolated & passwords reset <b>now</b>";
    const result = buildSubjectMessage(input, "fr", { name: "Marie" });
    if (!result.ok) throw new Error("render failed");
    const html = renderMessageHtml(result.message);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain("Server isolated &amp; passwords reset &lt;b&gt;now&lt;/b&gt;");
    expect(html).toContain("Lilas &quot;&amp;&quot; Co &lt;img src=x onerror=alert(1)&gt;");
  });

  it("renders headings, paragraphs and lists, with line breaks in the sign-off", () => {
    const result = buildSubjectMessage(completeIncident(), "de", { name: "Marie" });
    if (!result.ok) throw new Error("render failed");
    const html = renderMessageHtml(result.message);
    expect(html.startsWith('<div lang="de">')).toBe(true);
    expect(html).toContain("<h2>Was Sie tun können</h2>");
    expect(html).toMatch(/<ul><li>.+<\/li><\/ul>/);
    expect(html).toContain("<p>Mit freundlichen Grüßen<br>Cabinet médical des Lilas</p>");
  });

  it("escapes all five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
