import type { ApiDiff } from "./change.js";

/** The machine-readable report: `{ summary: { breaking, nonBreaking }, changes: [...] }`, keys in a fixed order. */
export function renderJson(diff: ApiDiff): string {
  const changes = diff.changes.map((c) => ({
    kind: c.kind,
    location: c.location,
    breaking: c.breaking,
    description: c.description,
    ...(c.old !== undefined ? { old: c.old } : {}),
    ...(c.new !== undefined ? { new: c.new } : {}),
  }));
  return `${JSON.stringify({ summary: { breaking: diff.summary.breaking, nonBreaking: diff.summary.nonBreaking }, changes }, null, 2)}\n`;
}
