/** Roles whose holders must use two-factor authentication: they decide and approve what goes out. */
export const TWO_FACTOR_ROLES_LIST: string[] = ["dpo", "admin"];
