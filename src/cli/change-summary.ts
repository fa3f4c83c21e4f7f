import { diffSpecs } from "../diff/diff-specs.js";
import { parseText } from "../load/parse-document.js";
import { isJsonObject, type JsonObject } from "../model/json.js";
import { buildModel } from "../model/build-model.js";

/** At most this many breaking changes are listed in a summary; `camelgen diff` shows them all. */
const LISTED = 10;

/**
 * A few lines on what changed for client users between two self-contained schema texts (as
 * `pull` stores them), or undefined when either cannot be modelled.
 */
export function changeSummary(before: string, after: string, source: string): string[] | undefined {
  try {
    const [a, b] = [parseText(before, source), parseText(after, source)];
    return isJsonObject(a) && isJsonObject(b) ? documentChangeSummary(a, b) : undefined;
  } catch {
    return undefined;
  }
}

/** The same summary for two bundled documents; undefined when either cannot be modelled. */
export function documentChangeSummary(before: JsonObject, after: JsonObject): string[] | undefined {
  try {
    const diff = diffSpecs(buildModel(before), buildModel(after));
    // A change a client user cannot see (a description, an example) is not worth a line.
    if (diff.changes.length === 0) return undefined;
    const head = `camelgen: API changes: ${diff.summary.breaking} breaking, ${diff.summary.nonBreaking} not breaking`;
    const breaking = diff.changes.filter((c) => c.breaking);
    const lines = breaking.slice(0, LISTED).map((c) => `  breaking ${c.location}: ${c.description}`);
    const more = breaking.length > LISTED ? [`  ... and ${breaking.length - LISTED} more; run \`camelgen diff\` for the whole report`] : [];
    return [head, ...lines, ...more];
  } catch {
    return undefined;
  }
}
