/**
 * The zone next-intl formats in when a call names none, on the server and in the browser alike. Every date is
 * formatted with an explicit zone (ARCHITECTURE.md rule 3); this default only keeps server and browser output equal.
 */
export const INTERFACE_TIME_ZONE = "UTC";
