/*
 * A deliberately small placeholder engine: "{name}" is replaced by the variable's text as it is (no escaping:
 * the output is plain text; HTML escaping is the HTML renderer's job). It never leaves a placeholder
 * unfilled: a missing or blank variable makes the whole render fail with the list of what is missing.
 */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export type TemplateVariables = Readonly<Record<string, string | null | undefined>>;

export class MissingVariablesError extends Error {
  readonly missing: readonly string[];

  constructor(missing: readonly string[]) {
    super(`Cannot fill the message: missing ${missing.join(", ")}`);
    this.name = "MissingVariablesError";
    this.missing = missing;
  }
}

/** Data of the deceased only, or of nobody real: not a personal-data breach, so there is nobody to write to. */
export class NotAPersonalDataBreachError extends MissingVariablesError {
  readonly scope: string;

  constructor(scope: string) {
    super(["scope"]);
    this.message = `Not a personal-data breach (${scope.replace(/_/g, " ")}): there is nobody to write to under Art. 34`;
    this.name = "NotAPersonalDataBreachError";
    this.scope = scope;
  }
}

export type FillResult = { ok: true; text: string } | { ok: false; error: MissingVariablesError };

export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))];
}

export function fillPlaceholders(template: string, variables: TemplateVariables): FillResult {
  const missing = placeholdersIn(template).filter((name) => {
    const value = variables[name];
    return value == null || value.trim() === "";
  });
  if (missing.length > 0) return { ok: false, error: new MissingVariablesError(missing) };
  // A single pass: text inserted from a variable is never scanned again, so "{x}" inside a name stays as typed.
  const text = template.replace(PLACEHOLDER, (_match, name: string) => variables[name] ?? "");
  return { ok: true, text };
}

/** Fills several texts at once and reports every missing variable across them, not just the first. */
export function fillAll(
  templates: readonly string[],
  variables: TemplateVariables,
): { ok: true; texts: string[] } | { ok: false; error: MissingVariablesError } {
  const texts: string[] = [];
  const missing = new Set<string>();
  for (const template of templates) {
    const result = fillPlaceholders(template, variables);
    if (result.ok) texts.push(result.text);
    else result.error.missing.forEach((name) => missing.add(name));
  }
  return missing.size > 0 ? { ok: false, error: new MissingVariablesError([...missing]) } : { ok: true, texts };
}
