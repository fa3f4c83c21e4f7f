import type { Operation, StreamSpec } from "../model/ir.js";
import { elementAccess, literal, stringLiteral, typeMemberKey } from "./escape.js";
import type { Argument } from "./operation-signature.js";
import { typeText } from "./type-text.js";

/**
 * `Stream<ServerSentEvent<Item>>` for server-sent events, `Stream<Item>` for JSON lines and
 * sequences; events whose names the schema fixes, each with its data, narrow by `event`.
 */
export function streamType(stream: StreamSpec): string {
  const item = typeText(stream.item);
  if (stream.framing !== "sse") return `Stream<${item}>`;
  if (stream.events === undefined) return `Stream<ServerSentEvent<${item}>>`;
  const named = stream.events.map((e) => `ServerSentEvent<${typeText(e.data)}> & { event: ${stringLiteral(e.name)} }`);
  return `Stream<${named.length === 1 ? named[0] : named.map((text) => `(${text})`).join(" | ")}>`;
}

/** The runtime function that reads the stream's body (templates/stream-body.ts). */
export function streamReader(stream: StreamSpec): string {
  switch (stream.framing) {
    case "sse":
      return stream.jsonData ? "eventStream" : "textEventStream";
    case "json-lines":
      return "jsonLinesStream";
    case "json-seq":
      return "jsonSeqStream";
  }
}

/** `body["stream"] === true && ...`: the configured condition, on the call's actual body. */
export function streamCondition(op: Operation, stream: StreamSpec): string {
  const target = op.body?.required === false ? "body?." : "body";
  return (stream.when ?? []).map((c) => `${elementAccess(target, c.property)} === ${literal(c.value)}`).join(" && ");
}

export interface Overload {
  args: Argument[];
  returnType: string;
}

/**
 * The signatures of a call that streams by a condition: the body with every condition met resolves
 * to the stream, a body that meets none of them to the declared success, and any other body (a
 * `boolean` not known statically) to either.
 */
export function streamOverloads(stream: StreamSpec, args: Argument[], bodyIndex: number, streamed: string, declared: string, either: string): Overload[] {
  const conditions = stream.when ?? [];
  const body = args[bodyIndex];
  if (body === undefined) return [];
  const base = /[|&]/.test(body.type) ? `(${body.type.replace(/ \| undefined$/, "")})` : body.type;
  const met = conditions.map((c) => `${typeMemberKey(c.property)}: ${literal(c.value)};`);
  const unmet = conditions.map((c) => `${typeMemberKey(c.property)}?: Exclude<${base}[${stringLiteral(c.property)}], ${literal(c.value)}>;`);
  const withBody = (members: string[], optional: boolean): Argument[] =>
    args.map((a) => (a === body ? { name: a.name, type: `${base} & { ${members.join(" ").slice(0, -1)} }`, optional } : a));
  return [
    { args: withBody(met, false), returnType: streamed },
    { args: withBody(unmet, body.optional), returnType: declared },
    { args, returnType: either },
  ];
}
