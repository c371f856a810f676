// After the build: writes every character outside ASCII in lac's bundles as a \u escape. Node.js
// reads a CommonJS file as UTF-8; a file that is all ASCII is decoded on a fast path into a one-byte
// string, while a single other character (a "£" in a regular expression, say) makes it decode the
// whole bundle slowly into a two-byte string: about 10 ms, twice the memory, on every run of a command.
// esbuild already escapes such characters in strings, templates and names, but not in regular
// expression literals (or comments), where \uXXXX means the same character (a surrogate pair for one
// beyond the Basic Multilingual Plane, which a /u expression reads as one code point, as before).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Script } from "node:vm";

const dist = new URL("../dist/", import.meta.url);
for (const name of readdirSync(dist).filter((file) => file.endsWith(".cjs"))) {
  const file = new URL(name, dist);
  const source = readFileSync(file, "utf8");
  const ascii = source.replace(
    /[\u0080-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  if (ascii === source) continue;
  // Still valid JavaScript (the escapes are only allowed where such characters were).
  new Script(ascii, { filename: name });
  writeFileSync(file, ascii);
}
