import { registerCommand } from "./main";

// Commands that open the database. Registered here, not in main.ts, so unit tests of the pure
// commands never load a database driver.
registerCommand("setup", () => import("./commands/setup"));
registerCommand("org", () => import("./commands/org"));
registerCommand("user", () => import("./commands/user"));
registerCommand("token", () => import("./commands/token"));
registerCommand("demo", () => import("./commands/demo"));
registerCommand("audit", () => import("./commands/audit"));
registerCommand("keys", () => import("./commands/keys"));
registerCommand("signing-key", () => import("./commands/signing-key"));
registerCommand("storage", () => import("./commands/storage"));
