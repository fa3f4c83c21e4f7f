import { exec, type JsonValue } from "jsonpath-rfc9535";
import type { Diagnostic } from "../model/ir.js";
import { OverlayError, type Overlay, type OverlayAction } from "./overlay-document.js";
import { isObjectNode, MergeConflict, mergeNode, nodeKind } from "./overlay-merge.js";

/** What one action did: the nodes its target selected, and how many it updated or removed. */
export interface ActionEffect {
  action: number;
  target: string;
  matched: number;
  updated: number;
  removed: number;
}

export interface OverlayEffect {
  file: string;
  actions: ActionEffect[];
}

type Key = string | number;

/**
 * Applies the overlay's actions in order to `document`, which it changes in place (pass a copy);
 * returns the new root (an update of `$` may replace it), each action's effect, and a warning for
 * each action whose target selected nothing.
 */
export function applyOverlay(document: unknown, overlay: Overlay): { document: unknown; effect: OverlayEffect; diagnostics: Diagnostic[] } {
  const root = { $: document };
  const diagnostics: Diagnostic[] = [];
  const actions = overlay.actions.map((action, index) => {
    const effect = applyAction(root, action, index, overlay.file);
    if (effect.matched === 0) {
      diagnostics.push({
        severity: "warning",
        code: "overlay-target-unmatched",
        pointer: `${overlay.file}#/actions/${index}`,
        message: `actions[${index}] of ${overlay.file}: the target ${action.target} selects nothing; the action changed nothing`,
      });
    }
    return effect;
  });
  return { document: root.$, effect: { file: overlay.file, actions }, diagnostics };
}

function applyAction(root: { $: unknown }, action: OverlayAction, index: number, file: string): ActionEffect {
  const at = `/actions/${index}`;
  const paths = select(root.$, action.target, file, `${at}/target`);
  const effect: ActionEffect = { action: index, target: action.target, matched: paths.length, updated: 0, removed: 0 };
  if (paths.length === 0) return effect;
  if (action.remove) {
    // Later array items and deeper nodes first, so the remaining paths still point where they did.
    for (const path of [...paths].sort(comparePaths).reverse()) {
      if (path.length === 0) throw new OverlayError(file, `${at}/target`, "removes the whole document");
      if (removeAt(root.$, path)) effect.removed++;
    }
    return effect;
  }
  const value = action.copy !== undefined ? copySource(root.$, action.copy, file, `${at}/copy`) : action.update;
  const kinds = new Set(paths.map((path) => nodeKind(nodeAt(root.$, path))));
  if (kinds.size > 1) throw new OverlayError(file, `${at}/target`, `selects nodes of different kinds (${[...kinds].join(", ")}); an update needs all objects, all arrays or all primitives`);
  for (const path of paths) {
    const parent = path.length === 0 ? root : nodeAt(root.$, path.slice(0, -1));
    const key = path.length === 0 ? "$" : (path[path.length - 1] as Key);
    const container = parent as Record<Key, unknown>;
    try {
      const current = container[key];
      const merged = mergeNode(current, structuredClone(value));
      // Defined, not assigned: a key such as `__proto__` stays a key.
      if (merged !== current) Object.defineProperty(container, key, { value: merged, writable: true, enumerable: true, configurable: true });
    } catch (error) {
      if (!(error instanceof MergeConflict)) throw error;
      const where = action.copy !== undefined ? `${at}/copy` : [`${at}/update`, ...error.path.map(pointerToken)].join("/");
      throw new OverlayError(file, where, `cannot merge into ${normalized(path)}${error.path.length ? `.${error.path.join(".")}` : ""}: an object, an array and a primitive merge only with their own kind`);
    }
    effect.updated++;
  }
  return effect;
}

/** The node paths the JSONPath expression selects, in document order (keys unescaped). */
function select(document: unknown, expression: string, file: string, pointer: string): Key[][] {
  const paths: Key[][] = [];
  try {
    exec(document as JsonValue, expression, (_value, path) => paths.push(path.map((key) => (typeof key === "number" ? key : unescapeKey(key)))));
  } catch (error) {
    throw new OverlayError(file, pointer, `${JSON.stringify(expression)} is not an RFC 9535 JSONPath expression: ${(error as Error).message.split("\n")[0]}`);
  }
  return paths;
}

function copySource(document: unknown, expression: string, file: string, pointer: string): unknown {
  const paths = select(document, expression, file, pointer);
  if (paths.length !== 1) throw new OverlayError(file, pointer, `${expression} selects ${paths.length} nodes; copy needs exactly one`);
  return nodeAt(document, paths[0] as Key[]);
}

/** The library writes object keys as a normalized path does (RFC 9535 2.7): `\'`, `\\`, `\n`, `\u001f`, ... */
function unescapeKey(key: string): string {
  const simple: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", "'": "'", "\\": "\\" };
  return key.replace(/\\(u[0-9a-fA-F]{4}|[bfnrt'\\])/g, (_, escape: string) => (escape.length === 5 ? String.fromCharCode(Number.parseInt(escape.slice(1), 16)) : (simple[escape] as string)));
}

function nodeAt(document: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<Key, unknown> | undefined)?.[key], document);
}

function removeAt(document: unknown, path: Key[]): boolean {
  const parent = nodeAt(document, path.slice(0, -1));
  const key = path[path.length - 1] as Key;
  if (Array.isArray(parent) && typeof key === "number" && key < parent.length) {
    parent.splice(key, 1);
    return true;
  }
  if (isObjectNode(parent) && typeof key === "string" && Object.hasOwn(parent, key)) {
    delete parent[key];
    return true;
  }
  return false;
}

function comparePaths(a: Key[], b: Key[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as Key;
    const y = b[i] as Key;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

function normalized(path: Key[]): string {
  return `$${path.map((key) => (typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`)).join("")}`;
}

function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
