import type { ChangeSink } from "./change.js";
import type { ShapeScope } from "./compare-schemas.js";
import type { TypeIndex, Usage } from "./usage.js";

/** Both models' type tables and the sink every comparer reports to. */
export interface DiffContext {
  old: TypeIndex;
  new: TypeIndex;
  /** Named inline shapes of either model: followed by structure, since they have no schema of their own. */
  inline: ReadonlySet<string>;
  emit: ChangeSink;
}

export function scopeFor(ctx: DiffContext, usage: Usage): ShapeScope {
  return { old: ctx.old, new: ctx.new, inline: ctx.inline, usage, emit: ctx.emit, visiting: new Set() };
}
