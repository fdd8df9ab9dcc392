import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * The PDF needs a Unicode TrueType font: the 14 standard PDF fonts only cover WinAnsi, which has no
 * č, ř, ů. DejaVu Sans covers Latin Extended fully and ships on npm (dejavu-fonts-ttf), so `npm ci`
 * alone makes it available in CI; Debian's fonts-dejavu-core is a fallback for stripped installs.
 */
export interface FontFiles {
  regular: Uint8Array;
  bold: Uint8Array;
}

const FILE_NAMES = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;
const DEBIAN_FONT_DIR = "/usr/share/fonts/truetype/dejavu";

function candidateDirectories(): string[] {
  const directories: string[] = [];
  try {
    // The package has no entry point, so resolve its package.json to find the folder.
    const require = createRequire(import.meta.url);
    directories.push(join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf"));
  } catch {
    // Bundlers may rewrite import.meta.url; fall through to the checkout's node_modules.
  }
  directories.push(join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf"), DEBIAN_FONT_DIR);
  return directories;
}

let cached: FontFiles | undefined;

/** Reads the font files once per process; they are ~700 kB each and never change. */
export function loadFontFiles(): FontFiles {
  if (cached) return cached;
  for (const directory of candidateDirectories()) {
    const regular = join(directory, FILE_NAMES.regular);
    const bold = join(directory, FILE_NAMES.bold);
    if (existsSync(regular) && existsSync(bold)) {
      cached = { regular: readFileSync(regular), bold: readFileSync(bold) };
      return cached;
    }
  }
  throw new Error(`DejaVu Sans not found (looked in ${candidateDirectories().join(", ")}); run npm ci`);
}
