import type { Messages } from "./catalogue";
import type { Locale } from "./locales";

// Types every useTranslations/getTranslations call against the English catalogue, so a wrong key fails tsc.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
