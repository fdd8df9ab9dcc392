// The package registry reachable here lacks some platforms' optional binaries (e.g. @next/swc-darwin-arm64),
// so `npm install` leaves them out of package-lock.json and `npm ci` then calls the lock out of sync.
// This adds a placeholder entry for each such optional package, marked with its platform, so `npm ci`
// skips it on this platform and still installs it where it exists. Run after `npm install`.
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const packages = lock.packages;

function platformOf(name) {
  const os = ["darwin", "win32", "linux", "freebsd", "android", "openharmony", "sunos", "aix", "netbsd", "openbsd"].find((o) =>
    name.includes(o),
  );
  const cpu = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32"].find((c) =>
    new RegExp(`-${c}(-|$)`).test(name),
  );
  const libc = /-musl/.test(name) ? ["musl"] : /-gnu/.test(name) ? ["glibc"] : undefined;
  return { os: os ? [os] : undefined, cpu: cpu ? [cpu] : undefined, libc };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) continue;
    packages[`node_modules/${name}`] = { version, optional: true, ...(cpu && { cpu }), ...(os && { os }), ...(libc && { libc }) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platforms: added ${added} placeholder entries`);
