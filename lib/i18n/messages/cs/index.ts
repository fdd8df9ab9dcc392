/* The cs catalogue, one JSON file per namespace (docs/I18N.md). Add a namespace here and in every language. */
import common from "./common.json";

export const cs = { common };
