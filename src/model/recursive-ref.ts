import { pointerJoin, pointerTokens } from "./diagnostics.js";
import { stringField, type JsonObject } from "./json.js";
import { resourceOf } from "./anchors.js";
import type { SchemaContext } from "./schema-context.js";

/**
 * What a JSON Schema 2019-09 `$recursiveRef: "#"` (no keyword of 2020-12, or of OpenAPI 3.0)
 * refers to, read statically: the root of the schema resource it sits in, as 2019-09 reads it
 * without `$recursiveAnchor`. A resource that is the whole document (no `$id` above it) is no
 * schema; there the author means the component schema it sits in (OpenAI's `CompoundFilter`,
 * whose `filters` hold comparisons or compound filters again), which a warning names. Anything
 * else, or a component-less place, stays unread (the caller's `unsupported-keyword`).
 */
export function recursiveRefTarget(node: JsonObject, pointer: string, ctx: SchemaContext): string | undefined {
  if (stringField(node, "$recursiveRef") !== "#") return undefined;
  const resource = resourceOf(ctx.document, pointer).pointer;
  const tokens = pointerTokens(pointer);
  const component = tokens[0] === "components" && tokens[1] === "schemas" && tokens[2] !== undefined ? pointerJoin("#/components/schemas", tokens[2]) : undefined;
  const target = resource !== "#" ? resource : component;
  if (target === undefined) return undefined;
  ctx.sink.warn("recursive-ref-read", pointerJoin(pointer, "$recursiveRef"), `$recursiveRef "#" (JSON Schema 2019-09) read as a $ref to ${target}, the schema it sits in`);
  return target;
}
