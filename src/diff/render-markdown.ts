import type { ApiDiff, Change } from "./change.js";
import { code } from "./code-span.js";
import { SECTIONS, sectionOf } from "./sections.js";

export interface ReportLabels {
  old: string;
  new: string;
}

const CLASSIFICATION = `## How changes are classified

A change is **breaking** when code written against the old schema, or a client generated from it, can fail: it stops compiling after regeneration, sends something the server rejects, or receives something it does not handle.

- Requests: new required parameters, fields and bodies, removed parameters and fields, removed enum values, narrowed types and a removed default media type are breaking; new optional ones, new enum values and widened types are not.
- Responses: removed fields, fields made optional or nullable, changed types, removed success statuses and new success statuses with a new body shape are breaking; new fields, new error statuses and removed enum values are not.
- A new enum value in a response is breaking: the generated type is a closed union, so an exhaustive \`switch\` over it stops compiling after regeneration, and code built on the old client receives a value it does not handle.
- A schema used in both requests and responses gets the stricter verdict; one that no operation uses breaks nothing on the wire. A removed schema is breaking because the generated client no longer exports its type.
- Operations: removed and moved operations are breaking, and so are renamed ones when the generated method name changes; added operations are not.
- Authentication: a removed or redefined security scheme, a credential an operation no longer accepts and credentials becoming required are breaking; new schemes, new alternatives and optional credentials are not.
`;

/** The human-readable report: summary counts, then one section per kind of change, breaking ones marked. */
export function renderMarkdown(diff: ApiDiff, labels?: ReportLabels): string {
  const lines = ["# API changes", ""];
  if (labels) lines.push(`- Old: ${code(labels.old)}`, `- New: ${code(labels.new)}`, "");
  lines.push(summaryLine(diff), "");
  if (diff.changes.length > 0) lines.push(...summaryTable(diff.changes), "");
  for (const section of SECTIONS) {
    const listed = diff.changes.filter((c) => sectionOf(c.kind) === section);
    if (listed.length === 0) continue;
    lines.push(`## ${section}`, "", ...listed.map(changeLine), "");
  }
  return `${lines.join("\n")}\n${CLASSIFICATION}`;
}

function summaryLine(diff: ApiDiff): string {
  const { breaking, nonBreaking } = diff.summary;
  if (breaking + nonBreaking === 0) return "No changes a client can see.";
  return `**${breaking} breaking** ${plural(breaking, "change")}, ${nonBreaking} non-breaking.`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function summaryTable(changes: Change[]): string[] {
  const rows = SECTIONS.flatMap((section) => {
    const listed = changes.filter((c) => sectionOf(c.kind) === section);
    if (listed.length === 0) return [];
    const breaking = listed.filter((c) => c.breaking).length;
    return [`| ${section} | ${breaking} | ${listed.length - breaking} |`];
  });
  return ["| Section | Breaking | Non-breaking |", "| --- | ---: | ---: |", ...rows];
}

function changeLine(c: Change): string {
  return `- ${c.breaking ? "**BREAKING** " : ""}${code(c.location)}: ${c.description}`;
}
