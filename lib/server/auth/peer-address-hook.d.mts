/** A preload with side effects only (see peer-address-hook.mjs). */
export {};
