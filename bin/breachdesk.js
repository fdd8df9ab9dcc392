#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so a checkout works right after `npm ci`, with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../lib/cli/entry.ts");
await main();
