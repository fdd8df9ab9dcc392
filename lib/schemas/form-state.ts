/**
 * What a server action returns to its form: field errors named as the form names its inputs. It lives here, not
 * in lib/server, because client components hold it (docs/ARCHITECTURE.md: a client component never imports
 * lib/server).
 */
export type FormState<T = undefined> =
  | { status: "idle" }
  | { status: "error"; message: string; fields: Record<string, string>; values?: Record<string, string> }
  | { status: "done"; value: T };

export const idleState: FormState<never> = { status: "idle" };
