import { describe, expect, it } from "vitest";
import { problemsIn } from "../support/lint-problems";

/*
 * The lint rules that keep server actions written one way (docs/CONVENTIONS.md, "Adding a server action"):
 * an app/**\/actions.ts file neither looks up the session itself nor casts form values.
 */
const handWritten = `"use server";
import { currentActor } from "@/lib/server/auth/current-actor";
import { defaultContext } from "@/lib/server/service-context";
import { formText } from "@/lib/server/actions/form-state";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import type { IncidentState } from "@/lib/schemas/incident-work";

export async function changeStateAction(_previous: unknown, form: FormData) {
  const actor = await currentActor();
  if (!actor) return { status: "error", message: "Signed out.", fields: {} } as const;
  return changeIncidentState(await defaultContext(), actor, {
    incidentId: formText(form, "incidentId") ?? "",
    to: (formText(form, "to") ?? "") as IncidentState,
  });
}
`;

const withTheClient = `"use server";
import { stateChangeSchema } from "@/lib/schemas/incident-work";
import { formAction } from "@/lib/server/actions/form-action";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";

export const changeStateAction = formAction({
  schema: stateChangeSchema,
  read: (form) => ({ incidentId: form.text("incidentId"), to: form.text("to") }),
  run: ({ ctx, actor }, input) => changeIncidentState(ctx, actor, input),
  answer: (incident) => incident.state,
});
`;

describe("the rules on server actions", () => {
  it("refuses an action that looks up the session itself, reads with formText and casts a form value", async () => {
    const problems = await problemsIn("app/(workspace)/example/actions.ts", handWritten);
    expect(problems.filter((problem) => problem.startsWith("no-restricted-imports"))).toHaveLength(2);
    expect(problems.filter((problem) => problem.includes("No casts in an action"))).toHaveLength(1);
    expect(problems.filter((problem) => problem.includes("formAction's reader"))).toHaveLength(2);
  });

  it("accepts the same action written with the action client", async () => {
    expect(await problemsIn("app/(workspace)/example/actions.ts", withTheClient)).toEqual([]);
  });

  it("keeps `as const` and leaves files other than actions to the general rules", async () => {
    expect(await problemsIn("app/(workspace)/example/actions.ts", `"use server";\nexport const KINDS = ["a", "b"] as const;\n`)).toEqual(
      [],
    );
    expect(await problemsIn("app/(workspace)/example/page-helpers.ts", `export const n = ("1" as unknown) as number;\n`)).toEqual([]);
  });
});
