import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { FormState } from "@/lib/schemas/form-state";
import { anonymous, type Actor } from "@/lib/server/actor";
import { clientIp } from "@/lib/server/auth/client-ip";
import { invalid, type ServiceFailure, type ServiceResult } from "@/lib/server/result";
import { defaultContext } from "@/lib/server/service-context";
import { actionSession, browserLocale, SIGNED_OUT_MESSAGE, type ActionSession, type SessionOptions } from "./action-session";
import { failureState, inReadersLanguage } from "./form-state";
import { FormReader } from "./form-reader";

/*
 * The one way to write a form's server action (docs/CONVENTIONS.md, "Adding a server action"). The action
 * names its input's schema from lib/schemas, how the form's inputs make that input, the service that does
 * the work, and what changes on success; this file does the rest the same way for every form: the session,
 * the check against the schema, the failure state (field errors named as the form names its inputs, the
 * submitted values sent back) and revalidation or redirect.
 */

interface Outcome<S extends z.ZodType, R, T> {
  /** Pages whose data the action changed, revalidated on success. */
  revalidate?: (value: R, input: z.input<S>, form: FormReader) => string[];
  /** Where the browser goes on success (this ends the action). */
  redirect?: (value: R, input: z.input<S>, form: FormReader) => string;
  /** What the form receives on success. */
  answer: (value: R, input: z.input<S>, form: FormReader) => T;
  /** The form's name for a field the schema names otherwise ("notPosted.0.reason" → "notPostedReason"). */
  formField?: (field: string) => string;
}

type Reading<S extends z.ZodType> =
  | {
      /**
       * The form's inputs as the schema's raw input. The schema checks it here, before the service runs,
       * so the service receives a typed input and the person sees every problem at once.
       */
      read: (form: FormReader) => unknown | Promise<unknown>;
      readChecked?: never;
    }
  | {
      /**
       * For a service that names schema problems together with its own (password rules, an authenticator
       * code): the values go to it as they are, typed by the schema's input, and it answers for all of them.
       */
      readChecked: (form: FormReader) => z.input<S>;
      read?: never;
    };

type Run<A extends Actor, I, R> = (session: ActionSession<A>, input: I, form: FormReader) => Promise<ServiceResult<R>>;

/**
 * The service call: (ctx, actor, input). The form is there for what the schema does not hold (the page to
 * revalidate, a version the service takes beside its input).
 */
type Running<S extends z.ZodType, R, A extends Actor> =
  | {
      /** A service that parses its input itself (its entry for unparsed input): it gets what the form sent. */
      run: Run<A, z.input<S>, R>;
      runParsed?: never;
    }
  | {
      /**
       * A service's `...Parsed` entry, whose schema is this one: it gets the value the check here produced,
       * so the input is parsed once (docs/CONVENTIONS.md, "Inputs"). Only with `read`: `readChecked` parses
       * nothing here.
       */
      runParsed: Run<A, z.output<S>, R>;
      run?: never;
      readChecked?: never;
    };

export type FormActionSpec<S extends z.ZodType, R, T, A extends Actor = ActionSession["actor"]> = Reading<S> &
  Running<S, R, A> &
  Outcome<S, R, T> & {
    /** The input's schema from lib/schemas: the same one the form, the API and the service use. */
    schema: S;
  };

/** A form action for useActionState: (previous state, form data) → the next state. */
export type FormAction<T> = (previous: FormState<T>, form: FormData) => Promise<FormState<T>>;

/** The action of a form a signed-in person submits. */
export function formAction<S extends z.ZodType, R, T>(spec: FormActionSpec<S, R, T>, options: SessionOptions = {}): FormAction<T> {
  return async (_previous, form) => {
    const session = await actionSession(options);
    if (!session) {
      const signedOut: FormState<T> = { status: "error", message: options.signedOutMessage ?? SIGNED_OUT_MESSAGE, fields: {}, values: {} };
      return inReadersLanguage(signedOut, await browserLocale());
    }
    return inReadersLanguage(await submit(spec, session, form), session.actor.locale);
  };
}

/** A plain `<form action>` whose answer nobody reads (a button in a list): the page shows the change. */
export function formPost<S extends z.ZodType, R, T>(spec: FormActionSpec<S, R, T>, options: SessionOptions = {}) {
  const action = formAction(spec, options);
  return async (form: FormData): Promise<void> => {
    await action({ status: "idle" }, form);
  };
}

/** The action of a form a person submits before they have an account; `label` names them in the audit trail. */
export function publicFormAction<S extends z.ZodType, R, T>(label: string, spec: FormActionSpec<S, R, T, Actor>): FormAction<T> {
  return async (_previous, form) => {
    const session = { ctx: await defaultContext(), actor: anonymous(label, clientIp(await headers())) };
    return inReadersLanguage(await submit(spec, session, form), await browserLocale());
  };
}

async function submit<S extends z.ZodType, R, T, A extends Actor>(
  spec: FormActionSpec<S, R, T, A>,
  session: ActionSession<A>,
  form: FormData,
): Promise<FormState<T>> {
  const reader = new FormReader(form);
  const checked = await readInput(spec, reader);
  if (!checked.ok || Object.keys(reader.problems).length > 0) {
    return failed(spec, checked.ok ? invalid([]) : checked.failure, form, reader.problems);
  }
  const result = spec.runParsed
    ? checked.output
      ? await spec.runParsed(session, checked.output.value, reader)
      : invalid([{ field: "form", problem: "was not checked against its schema" }])
    : await spec.run(session, checked.input, reader);
  if (!result.ok) return failed(spec, result, form, {});
  for (const path of spec.revalidate?.(result.value, checked.input, reader) ?? []) revalidatePath(path);
  if (spec.redirect) redirect(spec.redirect(result.value, checked.input, reader));
  return { status: "done", value: spec.answer(result.value, checked.input, reader) };
}

/** What the form sent (for `run`, revalidate and the answer) and, when parsed here, the schema's output (for `runParsed`). */
type Checked<S extends z.ZodType> =
  { ok: true; input: z.input<S>; output: { value: z.output<S> } | null } | { ok: false; failure: ServiceFailure };

async function readInput<S extends z.ZodType>(spec: Reading<S> & { schema: S }, reader: FormReader): Promise<Checked<S>> {
  if (spec.readChecked) return { ok: true, input: spec.readChecked(reader), output: null };
  const raw = await spec.read(reader);
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) return { ok: false, failure: invalid(toFieldErrors(parsed.error)) };
  return conforms<S>(parsed.success, raw) ? { ok: true, input: raw, output: { value: parsed.data } } : { ok: false, failure: invalid([]) };
}

/** The schema accepted `raw`, so it is the schema's input: a guard, not a cast. */
function conforms<S extends z.ZodType>(accepted: boolean, _raw: unknown): _raw is z.input<S> {
  return accepted;
}

function failed<T>(
  spec: { formField?: (field: string) => string },
  failure: ServiceFailure,
  form: FormData,
  problems: Record<string, string>,
): FormState<T> {
  const state = failureState(failure, form);
  if (state.status !== "error") return state;
  const fields: Record<string, string> = {};
  // The form's own findings come first: they say more than the schema's ("is required" over "must be ISO 8601").
  for (const [field, problem] of Object.entries(problems)) fields[field] = problem;
  for (const [field, problem] of Object.entries(state.fields)) fields[spec.formField?.(field) ?? field] ??= problem;
  return { ...state, fields };
}
