import type { Art33Content } from "./art33-content";

/*
 * What changed between the last filed content and the current one, for an Art. 33(4) follow-up: the
 * authority wants to see the new information, not re-read everything. Paths are dotted ("nature.approximateSubjects").
 * The list of missing items and the filing bookkeeping are left out: they describe the draft, not the breach.
 */
export type DiffValue = string | number | boolean | null | string[];

export interface NotificationChange {
  path: string;
  before: DiffValue;
  after: DiffValue;
}

const IGNORED_PATHS = new Set(["missing", "notificationType"]);

export function diffNotifications(previous: Art33Content, current: Art33Content): NotificationChange[] {
  const before = flatten(previous);
  const after = flatten(current);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: NotificationChange[] = [];
  for (const path of paths) {
    const oldValue = before.get(path) ?? null;
    const newValue = after.get(path) ?? null;
    if (!sameValue(oldValue, newValue)) changes.push({ path, before: oldValue, after: newValue });
  }
  return changes;
}

function flatten(content: Art33Content): Map<string, DiffValue> {
  const values = new Map<string, DiffValue>();
  const visit = (value: unknown, path: string): void => {
    if (IGNORED_PATHS.has(path)) return;
    if (value === undefined) return;
    if (value === null || typeof value !== "object") {
      values.set(path, value === null ? null : (value as string | number | boolean));
      return;
    }
    if (Array.isArray(value)) {
      // Lists of words (categories) compare as lists; lists of objects are visited item by item.
      if (value.every((item) => typeof item !== "object" || item === null)) {
        values.set(
          path,
          value.map((item) => String(item)),
        );
      } else {
        value.forEach((item, index) => visit(item, `${path}.${index}`));
      }
      return;
    }
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      visit(child, path === "" ? key : `${path}.${key}`);
    }
  };
  visit(content, "");
  return values;
}

function sameValue(a: DiffValue, b: DiffValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    // Order of categories carries no meaning.
    return a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
  }
  return a === b;
}
