import { zodResolver } from "@hookform/resolvers/zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translated } from "@/components/forms/problem-resolver";
import { problemsFor } from "@/lib/i18n/problem-translator";
import { taskCreateSchema } from "@/lib/schemas/incident-work";

/*
 * The browser's check of a form says the schema's problems in the reader's language (docs/I18N.md, "Problems"):
 * every message of react-hook-form's nested errors, on its own field, the rest of each error kept.
 */
describe("a form's resolver in the reader's language", () => {
  const schema = z.object({
    title: z.string().min(3, { error: "must be at least 3 characters" }),
    people: z.array(z.object({ name: z.string({ error: "is required" }) })),
  });

  it("says every problem, nested ones too, in French, on its field", async () => {
    // A person left without a name: what the form holds before the schema has checked it.
    const typed = { title: "x", people: [{}] } as unknown as z.input<typeof schema>;
    const result = await zodResolver(schema)(typed, undefined, { fields: {}, shouldUseNativeValidation: false });
    const errors = translated(result.errors, problemsFor("fr"));
    expect(errors).toMatchObject({
      title: { message: "doit comporter au moins 3 caractères", type: "too_small" },
      people: [{ name: { message: "obligatoire" } }],
    });
  });

  it("leaves English as the schema wrote it", async () => {
    const result = await zodResolver(taskCreateSchema)({ incidentId: "i", title: "x" }, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
    });
    expect(translated(result.errors, problemsFor("en"))).toEqual(result.errors);
    expect(translated(result.errors, problemsFor("de"))).toMatchObject({ title: { message: "muss mindestens 2 Zeichen lang sein" } });
  });
});
