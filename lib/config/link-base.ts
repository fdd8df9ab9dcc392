import { readEnv } from "./env";
import { recordedAppUrl } from "./recorded-app-url";

export interface LinkBase {
  /** The start of every link the app and the CLI print: APP_URL, else http://HOST:PORT, else what the app recorded. */
  url: string;
  /** Which settings gave it, so a person whose app answers elsewhere knows what to change. */
  from: "APP_URL" | "HOST and PORT" | "running app" | "default";
}

/**
 * The base URL of links: what is set for this process (APP_URL, then HOST and PORT) wins; otherwise the URL the
 * running app recorded in the data folder (`recorded`, read from there unless given), so a command run in
 * another terminal than `npm start` names the app's real port; otherwise the default.
 */
export function linkBase(source: Record<string, string | undefined> = process.env, recorded: string | null = recordedAppUrl()): LinkBase {
  const url = readEnv(source).appUrl;
  if (source.APP_URL) return { url, from: "APP_URL" };
  if (source.HOST || source.PORT) return { url, from: "HOST and PORT" };
  if (recorded) return { url: recorded, from: "running app" };
  return { url, from: "default" };
}

/**
 * One line for the CLI's output. A command run in another terminal than `npm start` does not see the app's
 * PORT, so the line names the base and how to change it rather than let a wrong port pass unnoticed.
 */
export function linkBaseNote(base: LinkBase, command: string): string {
  const how =
    `If people reach Breachdesk at another address, run it again with APP_URL set (for example ` +
    `APP_URL=https://breachdesk.example.org npx breachdesk ${command}).`;
  if (base.from === "APP_URL") return `Links start with ${base.url} (APP_URL). ${how}`;
  if (base.from === "HOST and PORT") return `Links start with ${base.url} (from HOST and PORT; APP_URL is not set). ${how}`;
  if (base.from === "running app") return `Links start with ${base.url} (where the app last started on this data folder). ${how}`;
  return (
    `Links start with ${base.url} (the default: APP_URL, HOST and PORT are not set in this terminal). If ` +
    `the app runs on another port (PORT=4000 npm start), run it again with the same PORT, or with APP_URL ` +
    `set (for example APP_URL=http://127.0.0.1:4000 npx breachdesk ${command}).`
  );
}
