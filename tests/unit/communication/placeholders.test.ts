import { describe, expect, it } from "vitest";
import { MissingVariablesError, fillAll, fillPlaceholders, placeholdersIn } from "@/lib/domain/communication/placeholders";

describe("fillPlaceholders", () => {
  it("fills every placeholder with the text as given, escaping nothing", () => {
    const result = fillPlaceholders("Dear {name}, from {organisation} & co.", { name: "Zoë <b>", organisation: "Lilas" });
    expect(result).toEqual({ ok: true, text: "Dear Zoë <b>, from Lilas & co." });
  });

  it("fails with a typed error listing every missing or blank variable", () => {
    const result = fillPlaceholders("{a} {b} {c} {a}", { a: "x", b: "  ", c: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(MissingVariablesError);
    expect(result.error.missing).toEqual(["b", "c"]);
    expect(result.error.message).toContain("b, c");
  });

  it("does not expand placeholders found inside a variable's value", () => {
    expect(fillPlaceholders("Hi {name}", { name: "{organisation}" })).toEqual({ ok: true, text: "Hi {organisation}" });
  });

  it("leaves text without placeholders alone and ignores lone braces", () => {
    expect(fillPlaceholders("Prices {in €} are { } fine", {})).toEqual({ ok: true, text: "Prices {in €} are { } fine" });
    expect(placeholdersIn("{a} and {b_2} and {a}")).toEqual(["a", "b_2"]);
  });

  it("fillAll reports the missing variables of all texts together", () => {
    const result = fillAll(["{a}", "{b}", "{c}"], { b: "ok" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.missing).toEqual(["a", "c"]);
  });
});
