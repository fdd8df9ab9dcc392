import type { BreachFactsDraft } from "@/lib/schemas/incident";

/** Reads and writes a dotted path ("confidentiality.recipients") in the facts without mutating them. */
export function readFact(facts: BreachFactsDraft, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), facts);
}

export function writeFact(facts: BreachFactsDraft, path: string, value: unknown): BreachFactsDraft {
  const [head, ...rest] = path.split(".");
  const record = facts as Record<string, unknown>;
  if (rest.length === 0) {
    const copy = { ...record };
    if (value === undefined) delete copy[head!];
    else copy[head!] = value;
    return copy as BreachFactsDraft;
  }
  const inner = (record[head!] && typeof record[head!] === "object" ? record[head!] : {}) as BreachFactsDraft;
  return { ...record, [head!]: writeFact(inner, rest.join("."), value) } as BreachFactsDraft;
}

/** Drops the details of a breach type no longer chosen, so the facts stay valid. */
export function withoutUnusedDetails(facts: BreachFactsDraft): BreachFactsDraft {
  const types = facts.breachTypes ?? [];
  const copy = { ...facts } as Record<string, unknown>;
  for (const type of ["confidentiality", "availability", "integrity"] as const) {
    if (!types.includes(type)) copy[type] = null;
  }
  return copy as BreachFactsDraft;
}
