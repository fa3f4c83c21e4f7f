/**
 * Checks camelgen's claim that its output is already in the pinned prettier style (src/emit/layout.ts
 * lays most statements out without prettier) on the corpus: every emitted file of every schema is
 * formatted with prettier and compared. `npx tsx bench/corpus/pinned-style.ts [--every N] [--offset K]
 * [--max-bytes B]` checks every Nth schema of the full corpus (from the Kth) up to B bytes; it prints
 * each mismatch's first differing line.
 */
import * as prettier from "prettier";
import { PRETTIER_OPTIONS } from "../../src/emit/pinned-style.js";
import { generate } from "../../src/generate.js";
import { fullCorpus } from "./select.js";

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index < 0 ? fallback : Number(process.argv[index + 1]);
}

const every = flag("every", 1);
const offset = flag("offset", 0);
const maxBytes = flag("max-bytes", 3_000_000);
const entries = fullCorpus().filter((e, i) => i % every === offset % every && e.bytes <= maxBytes);
let checked = 0;
let mismatched = 0;
for (const entry of entries) {
  let files;
  try {
    files = (await generate({ input: entry.path })).files;
  } catch {
    continue;
  }
  checked++;
  for (const file of files.filter((f) => !f.path.startsWith("runtime/"))) {
    const formatted = await prettier.format(file.contents, PRETTIER_OPTIONS);
    if (formatted === file.contents) continue;
    mismatched++;
    const ours = file.contents.split("\n");
    const theirs = formatted.split("\n");
    const line = ours.findIndex((l, i) => l !== theirs[i]);
    console.log(`${entry.id} ${file.path}:${line + 1}\n  camelgen: ${ours[line]}\n  prettier: ${theirs[line]}`);
  }
}
console.log(`pinned style: ${checked} schemas checked, ${mismatched} files differ from prettier`);
process.exitCode = mismatched === 0 ? 0 : 1;
