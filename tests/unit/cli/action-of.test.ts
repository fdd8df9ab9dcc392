import { describe, expect, it } from "vitest";
import { actionOf } from "@/lib/cli/args";
import { BadInputError, memoryIO } from "@/lib/cli/io";

describe("a command's action word", () => {
  it("prints the help for --help and leaves nothing to run", () => {
    const io = memoryIO();
    expect(actionOf("org", ["--help"], io, "usage: breachdesk org create|update", ["create", "update"])).toBeNull();
    expect(io.stdout).toContain("usage: breachdesk org create|update");
  });

  it("gives the word and the arguments after it", () => {
    expect(actionOf("org", ["update", "--slug", "a"], memoryIO(), "", ["create", "update"])).toEqual({
      verb: "update",
      rest: ["--slug", "a"],
    });
  });

  it("names a missing or unknown word as bad input, listing the actions there are", () => {
    const run = (argv: string[]) => () => actionOf("user", argv, memoryIO(), "", ["add", "disable", "enable"]);
    expect(run([])).toThrow(new BadInputError("action", "is missing (expected: add, disable, enable)"));
    expect(run(["remove"])).toThrow(new BadInputError("user", "unknown action 'remove' (expected: add, disable, enable)"));
    expect(run(["remove"])).toThrow(BadInputError);
  });
});
