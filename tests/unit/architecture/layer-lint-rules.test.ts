import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/*
 * The layer rules ESLint keeps (docs/ARCHITECTURE.md, "The rooms and what each may import"): a route handler
 * imports no UI, and lib/mail uses only lib/server's crypto, transaction and service context. Also the line
 * length prettier cannot keep (docs/CONVENTIONS.md).
 */
const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

// Loading the whole ESLint configuration takes seconds on a busy machine.
describe("layer lint rules", { timeout: 60_000 }, () => {
  it("refuses components/ in a route handler, and lets it use lib/", async () => {
    const route = "app/(workspace)/incidents/[id]/probe/route.ts";
    expect(
      await restrictedImports(route, 'import { fieldLabel } from "@/components/incidents/field-labels";\nexport const x = fieldLabel;\n'),
    ).toEqual([expect.stringContaining("A route handler does not import UI")]);
    expect(
      await restrictedImports(
        route,
        'import { fieldLabel } from "../../../../../components/incidents/field-labels";\nexport const x = fieldLabel;\n',
      ),
    ).toEqual([expect.stringContaining("A route handler does not import UI")]);
    expect(
      await restrictedImports(
        route,
        'import { contentDisposition } from "@/lib/server/http/content-disposition";\nexport const x = contentDisposition;\n',
      ),
    ).toEqual([]);
  });

  it("refuses lib/server's features in lib/mail, and lets it seal and run a transaction", async () => {
    const mail = "lib/mail/probe.ts";
    expect(
      await restrictedImports(
        mail,
        'import { startReminderLoop } from "@/lib/server/reminders/reminder-loop";\nexport const x = startReminderLoop;\n',
      ),
    ).toEqual([expect.stringContaining("lib/mail uses only lib/server's crypto")]);
    expect(await restrictedImports(mail, 'import "@/lib/server/communications/register-outbox-handler";\n')).toEqual([
      expect.stringContaining("lib/mail uses only lib/server's crypto"),
    ]);
    const allowed = [
      'import { seal } from "@/lib/server/crypto/sealed-text";',
      'import type { Tx } from "@/lib/server/transaction";',
      'import type { ServiceContext } from "@/lib/server/service-context";',
      "export type X = [typeof seal, Tx, ServiceContext];",
    ].join("\n");
    expect(await restrictedImports(mail, allowed)).toEqual([]);
  });

  it("refuses a line past 140 characters, a long string included, but not a long regular expression", async () => {
    const lineOf = (length: number) => `export const text = "${"x".repeat(length - 23)}";\n`;
    const lengths = async (text: string) => {
      const [result] = await eslint.lintText(text, { filePath: path.join(root, "lib/domain/probe.ts") });
      return (result?.messages ?? []).filter((m) => m.ruleId === "max-len").map((m) => m.message);
    };
    expect(lineOf(141).length).toBe(142);
    expect(await lengths(lineOf(141))).toEqual(["This line has a length of 141. Maximum allowed is 140."]);
    expect(await lengths(lineOf(140))).toEqual([]);
    expect(await lengths(`export const pattern = /^${"x".repeat(140)}$/;\n`)).toEqual([]);
  });
});
