import { isJsonObject, type JsonObject } from "../model/json.js";
import { LoadError } from "./load-error.js";
import { parseText } from "./parse-document.js";
import { isUrl, readInput, type ReadLimits } from "./read-input.js";
import { OverlayError } from "./overlay-error.js";

export { OverlayError };

/** One action of an Overlay document, as its file spells it. */
export interface OverlayAction {
  target: string;
  description?: string;
  update?: unknown;
  /** Overlay 1.1: a JSONPath selecting the one node merged into each target. */
  copy?: string;
  remove: boolean;
}

export interface Overlay {
  /** The file as given (resolved), for messages. */
  file: string;
  /** The file's text, part of the schema hash. */
  text: string;
  version: "1.0" | "1.1";
  actions: OverlayAction[];
}

const ROOT_KEYS = new Set(["overlay", "info", "extends", "actions"]);
const ACTION_KEYS = new Set(["target", "description", "update", "copy", "remove"]);

/** Reads and checks an Overlay 1.0 or 1.1 document (a local YAML or JSON file). */
export async function readOverlay(file: string, limits: ReadLimits): Promise<Overlay> {
  if (isUrl(file)) throw new OverlayError(file, "", "overlays are local files, not URLs");
  let text: string;
  let parsed: unknown;
  try {
    const read = await readInput(file, limits);
    text = read.text;
    parsed = parseText(read.text, read.source);
  } catch (error) {
    if (error instanceof LoadError) throw new OverlayError(file, "", error.location ? `${error.cause_} (line ${error.location.line}, column ${error.location.column})` : error.cause_);
    throw error;
  }
  return { file, text, ...checkOverlay(parsed, file) };
}

/** The overlay's version and actions, or OverlayError at the first thing the specification does not allow. */
export function checkOverlay(parsed: unknown, file: string): Pick<Overlay, "version" | "actions"> {
  const fail = (pointer: string, message: string): never => {
    throw new OverlayError(file, pointer, message);
  };
  if (!isJsonObject(parsed)) return fail("", "not an Overlay document (the top level is not an object)");
  const declared = parsed["overlay"];
  const version = typeof declared === "string" ? /^1\.([01])\.\d+$/.exec(declared)?.[1] : undefined;
  if (version === undefined) return fail("/overlay", `must be an Overlay version 1.0.x or 1.1.x, not ${JSON.stringify(declared ?? null)}`);
  unknownKey(parsed, ROOT_KEYS, "", fail);
  const info = parsed["info"];
  if (!isJsonObject(info)) return fail("/info", "is required: an object with title and version");
  for (const key of ["title", "version"]) if (typeof info[key] !== "string") fail(`/info/${key}`, "is required: a string");
  if (parsed["extends"] !== undefined && typeof parsed["extends"] !== "string") fail("/extends", "must be a URI reference string");
  const actions = parsed["actions"];
  if (!Array.isArray(actions) || actions.length === 0) return fail("/actions", "is required: a non-empty array of actions");
  return { version: version === "0" ? "1.0" : "1.1", actions: actions.map((action, i) => checkAction(action, `/actions/${i}`, version === "1", fail)) };
}

function checkAction(raw: unknown, at: string, copyAllowed: boolean, fail: (pointer: string, message: string) => never): OverlayAction {
  if (!isJsonObject(raw)) return fail(at, "must be an action object");
  unknownKey(raw, ACTION_KEYS, at, fail);
  const { target, description, update, copy, remove } = raw;
  if (typeof target !== "string" || target === "") return fail(`${at}/target`, "is required: a JSONPath expression");
  if (description !== undefined && typeof description !== "string") fail(`${at}/description`, "must be a string");
  if (remove !== undefined && typeof remove !== "boolean") fail(`${at}/remove`, "must be true or false");
  if (copy !== undefined && !copyAllowed) fail(`${at}/copy`, "needs Overlay 1.1 (`overlay: 1.1.0`)");
  if (copy !== undefined && (typeof copy !== "string" || copy === "")) fail(`${at}/copy`, "must be a JSONPath expression");
  if (update !== undefined && copy !== undefined) fail(at, "has both update and copy; an action takes one of them");
  if (update === undefined && copy === undefined && remove !== true) fail(at, "does nothing: give update, copy or remove: true");
  return {
    target,
    remove: remove === true,
    ...(description !== undefined ? { description: description as string } : {}),
    ...(update !== undefined ? { update } : {}),
    ...(copy !== undefined ? { copy: copy as string } : {}),
  };
}

function unknownKey(node: JsonObject, known: Set<string>, at: string, fail: (pointer: string, message: string) => never): void {
  const key = Object.keys(node).find((k) => !known.has(k) && !k.startsWith("x-"));
  if (key !== undefined) fail(`${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, `unknown field (known: ${[...known].join(", ")}, and x- extensions)`);
}
