import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import type { Diagnostic } from "../model/ir.js";
import type { OverlayEffect } from "./apply-overlay.js";
import { readOverlay } from "./overlay-document.js";
import type { ReadLimits } from "./read-input.js";

export interface OverlaysApplied {
  document: unknown;
  effects: OverlayEffect[];
  diagnostics: Diagnostic[];
  /** The overlay files (real paths), inputs of the generation like the schema's own files. */
  files: string[];
  /** Their texts in order, folded into the schema hash. */
  texts: string[];
}

/**
 * Applies Overlay documents, in order, to the root document as parsed: before `$ref`s are bundled,
 * Swagger 2.0 is upgraded or the document validated, so an overlay can repair what validation
 * would refuse (its targets are the document as its author wrote it). The parsed input is not changed.
 */
export async function applyOverlays(parsed: unknown, overlayFiles: readonly string[], limits: ReadLimits): Promise<OverlaysApplied> {
  const result: OverlaysApplied = { document: parsed, effects: [], diagnostics: [], files: [], texts: [] };
  if (overlayFiles.length === 0) return result;
  // Loaded only here: JSONPath's parser is a good part of start-up, and most runs apply no overlay.
  const { applyOverlay } = await import("./apply-overlay.js");
  let document = structuredClone(parsed);
  for (const file of overlayFiles) {
    const overlay = await readOverlay(shown(file), limits);
    const applied = applyOverlay(document, overlay);
    document = applied.document;
    result.effects.push(applied.effect);
    result.diagnostics.push(...applied.diagnostics);
    result.files.push(await realpath(resolve(overlay.file)));
    result.texts.push(overlay.text);
  }
  return { ...result, document };
}

/** `camelai.overlay.yaml: actions[0] 2 matched, 2 updated; actions[1] 1 matched, 1 removed`, a progress line per overlay. */
export function effectLine(effect: OverlayEffect): string {
  const actions = effect.actions.map((a) => {
    const done = [a.updated > 0 ? `${a.updated} updated` : "", a.removed > 0 ? `${a.removed} removed` : ""].filter(Boolean);
    return `actions[${a.action}] ${a.matched} matched${done.length ? `, ${done.join(", ")}` : ""}`;
  });
  return `${effect.file}: ${actions.join("; ")}`;
}

/** The file as messages name it: relative to the working folder when inside it, else absolute. */
function shown(file: string): string {
  const path = relative(process.cwd(), resolve(file));
  return path === "" || path.startsWith("..") || isAbsolute(path) ? resolve(file) : path;
}
