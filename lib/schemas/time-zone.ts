import { z } from "zod";

export function isIanaTimeZone(value: string): boolean {
  if (!value.includes("/") && value !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string({ error: "is required" })
  .refine(isIanaTimeZone, { error: "must be an IANA time zone such as Europe/Paris" });
