import { describe, expect, it } from "vitest";
import { problemsIn } from "../support/lint-problems";

/*
 * A form whose submit runs script is a ScriptedForm with SubmitButtons (docs/CONVENTIONS.md, "Forms"): a plain
 * <form onSubmit> would be submitted by the browser itself, by GET, if clicked before the page's script runs.
 */
const plainForm = `"use client";
export function Search() {
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <input name="q" />
    </form>
  );
}
`;

const scripted = `"use client";
import { ScriptedForm, SubmitButton } from "@/components/forms/scripted-form";
export function Search() {
  return (
    <ScriptedForm onSubmit={(event) => event.preventDefault()}>
      <input name="q" />
      <button type="button">Clear</button>
      <SubmitButton>Search</SubmitButton>
    </ScriptedForm>
  );
}
`;

const scriptedWithPlainButton = `"use client";
import { ScriptedForm } from "@/components/forms/scripted-form";
export function Search() {
  return (
    <ScriptedForm onSubmit={(event) => event.preventDefault()}>
      <input name="q" />
      <button type="button">Clear</button>
      <button type="submit">Search</button>
    </ScriptedForm>
  );
}
`;

const getForm = `export function Filters() {
  return (
    <form method="get" action="/register">
      <input name="q" />
    </form>
  );
}
`;

describe("the rule on forms that submit by script", () => {
  it("refuses a plain form with onSubmit, in a component and in a page", async () => {
    for (const file of ["components/example/search.tsx", "app/(workspace)/example/page.tsx"]) {
      const problems = await problemsIn(file, plainForm);
      expect(problems.filter((problem) => problem.includes("is a ScriptedForm"))).toHaveLength(1);
    }
  });

  it("refuses a plain submit button in a ScriptedForm, not a plain button of another type", async () => {
    const problems = await problemsIn("components/example/search.tsx", scriptedWithPlainButton);
    expect(problems).toEqual([expect.stringContaining("is a SubmitButton")]);
  });

  it("accepts the same form as a ScriptedForm, and a plain form that the browser submits by design", async () => {
    expect(await problemsIn("components/example/search.tsx", scripted)).toEqual([]);
    expect(await problemsIn("components/example/filters.tsx", getForm)).toEqual([]);
  });
});
