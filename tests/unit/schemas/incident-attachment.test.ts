import { describe, expect, it } from "vitest";
import { attachmentUploadSchema, declaredKind } from "@/lib/schemas/incident-attachment";

describe("declaredKind", () => {
  it.each([
    ["report.pdf", "application/pdf", "pdf"],
    ["photo.JPG", "", "jpeg"],
    ["mail.eml", "message/rfc822", "eml"],
    ["list.csv", "text/csv; charset=utf-8", "csv"],
    ["memo.docx", "application/octet-stream", "docx"],
    ["virus.exe", "application/x-msdownload", null],
    ["archive.zip", "application/zip", null],
  ])("%s (%s) is %s", (name, type, kind) => {
    expect(declaredKind(name, type)).toBe(kind);
  });
});

describe("attachmentUploadSchema", () => {
  const schema = attachmentUploadSchema({ maxBytes: 10 });
  const problemsOf = (input: unknown) => {
    const result = schema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it("accepts an allowed file within the limit", () => {
    expect(problemsOf({ incidentId: "i1", file: new File(["hello"], "note.txt", { type: "text/plain" }) })).toEqual([]);
  });
  it("names the field file when it is too large", () => {
    expect(problemsOf({ incidentId: "i1", file: new File(["hello world!"], "note.txt", { type: "text/plain" }) })).toEqual([
      expect.stringMatching(/^file: is too large/),
    ]);
  });
  it("names the field file when the type is not allowed", () => {
    expect(problemsOf({ incidentId: "i1", file: new File(["MZ"], "setup.exe", { type: "application/x-msdownload" }) })).toEqual([
      expect.stringMatching(/^file: is not an allowed type/),
    ]);
  });
  it("names the field file when it is missing or empty", () => {
    expect(problemsOf({ incidentId: "i1" })).toEqual([expect.stringMatching(/^file: is required/)]);
    expect(problemsOf({ incidentId: "i1", file: new File([], "empty.txt", { type: "text/plain" }) })).toEqual(["file: is empty"]);
  });
});
