import type { ApiModel, NamedType } from "../model/ir.js";
import { change } from "./change.js";
import { compareSchemas } from "./compare-schemas.js";
import { scopeFor, type DiffContext } from "./context.js";
import { inlineShapeNames, mergeUsage, typeUsage, usageText } from "./usage.js";

/**
 * Compares component schemas by name, so a change inside one is reported once at `Type.field` rather
 * than under every operation that uses it. Named inline shapes (`ThingsListResponse`, parameter
 * objects) are left to the operation comparison, which reports them at `GET /things response.200`.
 */
export function compareTypes(before: ApiModel, after: ApiModel, ctx: DiffContext): void {
  const oldTypes = components(before);
  const newTypes = components(after);
  const oldUsage = typeUsage(before);
  const newUsage = typeUsage(after);
  for (const name of oldTypes.keys()) {
    if (newTypes.has(name)) continue;
    const where = usageText(oldUsage.get(name) ?? { request: false, response: false });
    ctx.emit(change("type-removed", name, true, `schema removed (was ${where}); breaking: the generated client no longer exports it`));
  }
  for (const [name, type] of newTypes) {
    const old = oldTypes.get(name);
    const usage = mergeUsage(oldUsage.get(name), newUsage.get(name));
    if (old) compareSchemas(old.schema, type.schema, name, scopeFor(ctx, usage));
    else ctx.emit(change("type-added", name, false, `schema added (${usageText(usage)})`));
  }
}

function components(model: ApiModel): Map<string, NamedType> {
  const inline = inlineShapeNames(model);
  return new Map(model.types.filter((t) => !inline.has(t.name)).map((t) => [t.name, t]));
}
