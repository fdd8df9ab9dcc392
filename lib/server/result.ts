import type { FieldError } from "@/lib/schemas/field-errors";

/**
 * What a service answers. Expected failures are values (docs/ARCHITECTURE.md rule 2): route handlers map them
 * to HTTP statuses with problem+json, server actions to field errors, the CLI to exit codes.
 */
export type ServiceResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: "invalid"; fields: FieldError[] }
  | { ok: false; error: "forbidden"; message: string }
  | { ok: false; error: "not_found"; message: string }
  | { ok: false; error: "conflict"; message: string; current?: unknown };

export type ServiceFailure = Exclude<ServiceResult<never>, { ok: true }>;

export const ok = <T>(value: T): ServiceResult<T> => ({ ok: true, value });
export const invalid = (fields: FieldError[]): ServiceFailure => ({ ok: false, error: "invalid", fields });
export const forbidden = (message = "You do not have permission to do this."): ServiceFailure => ({
  ok: false,
  error: "forbidden",
  message,
});
/** Also what another organisation's data looks like: its existence is never revealed. */
export const notFound = (message = "Not found."): ServiceFailure => ({ ok: false, error: "not_found", message });
export const conflict = (message: string, current?: unknown): ServiceFailure => ({
  ok: false,
  error: "conflict",
  message,
  current,
});
