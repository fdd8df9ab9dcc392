/**
 * `npm run bench`: runs every bench/*.bench.ts, one after another (benchmarks sharing the CPU would measure
 * each other), each in its own process with its output shown as it comes. Names given pick benches by part
 * of their file name; arguments after a second `--` go to every bench picked. Ends with one line per bench
 * and exits 1 if any failed its target (or crashed).
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const benchDir = path.join(root, "bench");
// `npm run bench -- [name ...] [-- bench arguments]`: names pick benches by part of their file name.
const argv = process.argv.slice(2);
const split = argv.indexOf("--");
const only = (split === -1 ? argv : argv.slice(0, split)).filter((arg) => !arg.startsWith("-"));
const benchArgs = split === -1 ? [] : argv.slice(split + 1);
const files = readdirSync(benchDir)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();

function run(file: string): Promise<{ code: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    // The same V8 setting `npm start` gives the server (2 MB young generation), so memory figures match production.
    const nodeOptions = `${process.env.NODE_OPTIONS ?? ""} --max-semi-space-size=2`.trim();
    const child = spawn(process.execPath, ["--import", "tsx", path.join(benchDir, file), ...benchArgs], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_OPTIONS: nodeOptions },
    });
    child.on("error", (error) => {
      console.error(`bench ${file}: could not start (${error.message})`);
      resolve({ code: 1, seconds: 0 });
    });
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000 }));
  });
}

if (files.length === 0) {
  console.error("bench: no bench/*.bench.ts to run");
  process.exit(1);
}
const results: Array<{ file: string; code: number; seconds: number }> = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  results.push({ file, ...(await run(file)) });
}
console.log("\nbenchmarks:");
for (const { file, code, seconds } of results)
  console.log(`  ${code === 0 ? "met   " : "FAILED"} ${file} (${seconds.toFixed(0)} s${code === 0 ? "" : `, exit ${code}`})`);
const failed = results.filter((result) => result.code !== 0).length;
console.log(`bench: ${results.length - failed} met their targets, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
