import { RESERVED_WORDS } from "../model/reserved-words.js";

/**
 * Module-level bindings of guards.ts. Every name the file declares or imports is taken here, so a
 * schema called `isRecord` or `isDateTime` cannot shadow a runtime helper: the helper is then
 * imported under another name. Hoisted helpers contain `$` and constants start upper-case, so
 * neither can meet a local (see LocalNames).
 */
export class ModuleNames {
  private readonly used = new Set<string>();

  reserve(name: string): void {
    this.used.add(name);
  }

  has(name: string): boolean {
    return this.used.has(name);
  }

  /** `base`, or `base_2`, `base_3`, ... : the first one not taken yet. */
  fresh(base: string): string {
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}_${n}`;
    this.used.add(name);
    return name;
  }
}

/** Lower-case globals a local must never shadow. */
const LOCAL_BLOCKLIST = new Set(["undefined", "globalThis", "arguments", "eval", "let", "static", "implements"]);

/**
 * Local variables of one generated function, named after the property they hold where that name
 * is a plain lower-case identifier (`account_name`), never shadowing a module-level binding.
 */
export class LocalNames {
  private readonly used = new Set<string>();

  constructor(private readonly module: ModuleNames) {}

  fresh(hint: string): string {
    const base = localBase(hint);
    let name = base;
    for (let n = 2; this.taken(name); n++) name = `${base}_${n}`;
    this.used.add(name);
    return name;
  }

  private taken(name: string): boolean {
    return this.used.has(name) || this.module.has(name) || RESERVED_WORDS.has(name) || LOCAL_BLOCKLIST.has(name);
  }
}

/** `account_name` stays; `Weird Key!` -> `weird_Key`; anything unusable -> `v`. */
function localBase(hint: string): string {
  const cleaned = hint.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^[^A-Za-z]+/, "").replace(/_+$/, "").slice(0, 32);
  if (cleaned === "") return "v";
  return cleaned.charAt(0).toLowerCase() + cleaned.slice(1);
}

/** A fragment of a hoisted helper's name (`isThread$messages_items`) from a location hint. */
export function hintFragment(hint: string): string {
  const cleaned = hint.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "");
  return cleaned.length > 40 ? cleaned.slice(cleaned.length - 40).replace(/^_+/, "") : cleaned;
}
