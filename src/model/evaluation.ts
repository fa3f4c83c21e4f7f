import type { Evaluation, Schema } from "./ir.js";

/** What nothing evaluates. */
export function noEvaluation(): Evaluation {
  return { names: [], patterns: [], prefix: 0, contains: [], all: false, branches: [] };
}

/** Whether the evaluation covers nothing, under any condition. */
export function isEmptyEvaluation(e: Evaluation): boolean {
  return !e.all && e.names.length === 0 && e.patterns.length === 0 && e.prefix === 0 && e.contains.length === 0 && e.branches.length === 0;
}

/** Adds what `from` evaluates to `into` (both apply to the value unconditionally). */
export function mergeEvaluation(into: Evaluation, from: Evaluation): void {
  into.names.push(...from.names.filter((name) => !into.names.includes(name)));
  into.patterns.push(...from.patterns.filter((pattern) => !into.patterns.includes(pattern)));
  into.prefix = Math.max(into.prefix, from.prefix);
  into.contains.push(...from.contains);
  into.all ||= from.all;
  into.branches.push(...from.branches);
}

/** The schemas an evaluation holds (contains, branch conditions), in a fixed order. */
export function evaluationSchemas(e: Evaluation): Schema[] {
  return [...e.contains, ...e.branches.flatMap((b) => [b.when, ...evaluationSchemas(b.then)])];
}

/** The same evaluation with `map` applied to every schema it holds. */
export function mapEvaluation(e: Evaluation, map: (schema: Schema) => Schema): Evaluation {
  return { ...e, contains: e.contains.map(map), branches: e.branches.map((b) => ({ when: map(b.when), then: mapEvaluation(b.then, map) })) };
}
