import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { responseKind, staticSecurityHeaders } from "@/lib/security/headers";
import { config } from "@/proxy";

const appDir = path.resolve(import.meta.dirname, "../../../app");

/** Every file named `name` under app/, as the URL path it serves ("[id]" as "x", route groups dropped). */
function routesOf(name: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const segment = entry.name.startsWith("(") ? null : entry.name.replace(/^\[\.\.\.[^\]]+\]$/, "x/y").replace(/^\[[^\]]+\]$/, "x");
        walk(path.join(dir, entry.name), segment ? [...segments, segment] : segments);
      } else if (entry.name === name) {
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return found.sort();
}

describe("which answers get the data policy", () => {
  it.each(routesOf("route.ts"))("the route handler %s answers data (a download or the API)", (route) => {
    expect(responseKind(route)).toBe("data");
  });

  it.each(routesOf("page.tsx"))("the page %s gets the page policy", (route) => {
    expect(responseKind(route)).toBe("page");
  });

  it("finds the downloads outside /api", () => {
    expect(routesOf("route.ts").filter((route) => !route.startsWith("/api/")).length).toBeGreaterThanOrEqual(8);
  });
});

describe("the proxy's reach", () => {
  it("has no exception for router prefetches, which anyone can claim to be", () => {
    for (const entry of config.matcher) {
      expect(typeof entry === "string" || !("missing" in entry), JSON.stringify(entry)).toBe(true);
    }
  });

  it("leaves no header of the static floor to the proxy alone", () => {
    expect(Object.keys(staticSecurityHeaders()).sort()).toEqual(
      [
        "Cross-Origin-Opener-Policy",
        "Cross-Origin-Resource-Policy",
        "Permissions-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
      ].sort(),
    );
  });
});
