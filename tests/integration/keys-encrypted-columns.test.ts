import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENCRYPTED_COLUMNS } from "@/lib/server/crypto/encrypted-columns";

/** model -> fields whose doc comment (the /// lines right above the field) says the value is encrypted. */
function encryptedFieldsInSchema(schema: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  let model: string | null = null;
  let comment: string[] = [];
  for (const line of schema.split("\n").map((l) => l.trim())) {
    const opens = /^model (\w+) \{$/.exec(line);
    if (opens) {
      model = opens[1]!;
      comment = [];
    } else if (line === "}") model = null;
    else if (line.startsWith("///")) comment.push(line);
    else if (model && /^\w+\s/.test(line)) {
      if (comment.some((c) => /\bencrypted\b/i.test(c))) {
        const name = model.charAt(0).toLowerCase() + model.slice(1);
        (found[name] ??= []).push(line.split(/\s+/)[0]!);
      }
      comment = [];
    } else comment = [];
  }
  return found;
}

describe("the encrypted columns key rotation re-encrypts", () => {
  it("are exactly the fields the schema comments as encrypted", () => {
    const schema = readFileSync(path.join(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
    const inSchema = encryptedFieldsInSchema(schema);
    const registered = Object.fromEntries(Object.entries(ENCRYPTED_COLUMNS).map(([table, columns]) => [table, [...columns]]));
    expect(registered).toEqual(inSchema);
  });
});
