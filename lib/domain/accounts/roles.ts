/** The roles a member of a practice holds: the vocabulary the schemas, the services and the pages share. */
export const ROLES = ["manager", "dpo", "lawyer", "admin"] as const;
export type Role = (typeof ROLES)[number];
