import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ScriptedForm, SubmitButton } from "@/components/forms/scripted-form";

/* The HTML a browser holds before the page's script runs (docs/CONVENTIONS.md, "Forms"). */
describe("a form submitted by script, before hydration", () => {
  const html = renderToStaticMarkup(
    createElement(
      ScriptedForm,
      { onSubmit: () => {}, className: "card" },
      createElement("input", { name: "password", type: "password" }),
      createElement("button", { type: "button" }, "Show"),
      createElement(SubmitButton, { className: "primary" }, "Sign in"),
    ),
  );

  it("posts rather than gets, and is not yet marked hydrated", () => {
    expect(html).toMatch(/^<form class="card" method="post">/);
    expect(html).not.toContain("data-hydrated");
  });

  it("disables its submit button, so neither a click nor Enter submits it, and leaves its fields and other buttons alone", () => {
    expect(html).toContain('<button class="primary" type="submit" disabled="">Sign in</button>');
    expect(html).toContain('<input type="password" name="password"/>');
    expect(html).toContain('<button type="button">Show</button>');
  });
});
