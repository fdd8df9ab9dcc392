import { localInputToIso } from "@/lib/domain/deadlines/local-input";

/**
 * Reads a submitted form as the schema's raw input: every value is a string, a list of strings or a file, and
 * the schema (not the reader) decides whether it is acceptable. Problems only the form knows (a local time
 * that does not exist, a tick box left empty) are recorded by field and answered with the schema's problems.
 */
export class FormReader {
  readonly problems: Record<string, string> = {};

  constructor(readonly form: FormData) {}

  /** The text of one input; "" when the form did not send it. */
  text(name: string): string {
    return this.optional(name) ?? "";
  }

  /** The text of one input, or undefined when the form did not send it. */
  optional(name: string): string | undefined {
    const value = this.form.get(name);
    return typeof value === "string" ? value : undefined;
  }

  /** The text of one input, or undefined when it was left empty (blank counts as empty). */
  filled(name: string): string | undefined {
    const value = this.optional(name);
    return value?.trim() ? value : undefined;
  }

  /** A number input; NaN when missing, so the schema names the field. */
  number(name: string): number {
    return Number(this.optional(name));
  }

  /** A check box or hidden input sent as "true". */
  flag(name: string): boolean {
    return this.optional(name) === "true";
  }

  /** Every value sent under one name (check boxes that share it). */
  all(name: string): string[] {
    return this.form.getAll(name).filter((value): value is string => typeof value === "string" && value !== "");
  }

  /** An uploaded file, or undefined when none was chosen. */
  file(name: string): File | undefined {
    const value = this.form.get(name);
    return value instanceof File && value.size > 0 ? value : undefined;
  }

  /**
   * A datetime-local input read in the zone the form sends as "timeZone": ISO 8601 with its offset, null when
   * empty. A time the zone skips or repeats is a problem named by the field; so is an empty required one.
   */
  localTime(name: string, options: { required?: boolean } = {}): string | null {
    const result = localInputToIso(this.optional(name), this.optional("timeZone") ?? "UTC");
    if (!result.ok) this.problem(name, result.problem);
    else if (!result.iso && options.required) this.problem(name, "is required");
    return result.ok ? result.iso : null;
  }

  /** Records a problem the form itself finds; the first one recorded for a field is kept. */
  problem(field: string, problem: string): void {
    this.problems[field] ??= problem;
  }
}
