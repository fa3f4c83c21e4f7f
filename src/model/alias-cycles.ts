import type { DiagnosticSink } from "./diagnostics.js";
import type { Schema } from "./ir.js";
import type { SchemaEntry } from "./inline-shapes.js";

/**
 * Named schemas that are each other by reference alone (`A: {$ref: B}`, `B: {$ref: A}`, or a union
 * of itself) describe no value; TypeScript rejects such aliases too. Objects and arrays break a cycle
 * (a tree type is fine), unions, intersections and `not` do not.
 */
export function checkAliasCycles(all: SchemaEntry[], sink: DiagnosticSink): void {
  const entries = new Map(all.map((e) => [e.key, e]));
  const state = new Map<string, "visiting" | "done">();
  const visit = (key: string, trail: string[]): void => {
    if (state.get(key) === "done") return;
    if (state.get(key) === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(key)), key];
      const first = entries.get(cycle[0] as string);
      if (first) sink.error("ref-cycle", first.pointer, `${cycle.join(" -> ")} refer to each other with no object or array in between`);
      return;
    }
    state.set(key, "visiting");
    const entry = entries.get(key);
    if (entry) for (const next of aliasRefs(entry.schema)) visit(next, [...trail, key]);
    state.set(key, "done");
  };
  for (const key of entries.keys()) visit(key, []);
}

/** References a schema is made of directly (not inside an object or an array). */
function aliasRefs(schema: Schema): string[] {
  switch (schema.kind) {
    case "ref":
      return [schema.name];
    case "union":
      return schema.variants.flatMap(aliasRefs);
    case "intersection":
      return schema.parts.flatMap(aliasRefs);
    case "not":
      return aliasRefs(schema.schema);
    default:
      return [];
  }
}
