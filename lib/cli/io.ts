/** Where a command writes. Tests pass their own to capture output without spawning a process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Reads all of standard input (used by `assess -`). */
  readStdin(): Promise<string>;
}

export const EXIT_OK = 0;
/** A check ran and found a problem (e.g. a packet that does not verify). */
export const EXIT_FINDING = 1;
/** The command was given bad input. */
export const EXIT_BAD_INPUT = 2;

/** Bad input, named by the field or argument at fault. Printed as one line on stderr, exit 2. */
export class BadInputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

export function processIO(): CliIO {
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
  };
}

/** Collects output in memory; for tests. */
export function memoryIO(stdin = ""): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(text: string) {
      io.stdout += text.endsWith("\n") ? text : `${text}\n`;
    },
    err(text: string) {
      io.stderr += text.endsWith("\n") ? text : `${text}\n`;
    },
    readStdin: async () => stdin,
  };
  return io;
}
