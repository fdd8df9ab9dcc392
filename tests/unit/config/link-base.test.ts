import { describe, expect, it } from "vitest";
import { linkBase, linkBaseNote } from "@/lib/config/link-base";

describe("the base URL of printed links", () => {
  it("follows the app: APP_URL first, then HOST and PORT, then the default", () => {
    expect(linkBase({ APP_URL: "https://breachdesk.example.org/", PORT: "4000" })).toEqual({
      url: "https://breachdesk.example.org",
      from: "APP_URL",
    });
    expect(linkBase({ PORT: "4000" })).toEqual({ url: "http://127.0.0.1:4000", from: "HOST and PORT" });
    expect(linkBase({ HOST: "0.0.0.0", PORT: "8080" })).toEqual({ url: "http://127.0.0.1:8080", from: "HOST and PORT" });
    expect(linkBase({}, null)).toEqual({ url: "http://127.0.0.1:3000", from: "default" });
  });

  it("says which base is used and how to change it", () => {
    const note = linkBaseNote(linkBase({}, null), "setup");
    expect(note).toContain("http://127.0.0.1:3000");
    expect(note).toMatch(/APP_URL=\S+ npx breachdesk setup/);
    expect(note).toContain("PORT");
    expect(linkBaseNote(linkBase({ APP_URL: "https://b.example" }), "demo")).toMatch(
      /^Links start with https:\/\/b\.example \(APP_URL\)\..*npx breachdesk demo/,
    );
  });
});
