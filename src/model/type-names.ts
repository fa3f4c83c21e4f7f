import type { DiagnosticSink } from "./diagnostics.js";
import type { SchemaEntry } from "./inline-shapes.js";
import { isUsableTypeName, spelledTypeName, typeName } from "./names.js";

/**
 * The TypeScript name of every schema entry, by key. A name from the config's `typeNames` wins.
 * Schemas whose derived names meet (`Event.created` and `EventCreated` are both `EventCreated`)
 * are taken in key order after the one whose key is the name itself: each other one is spelt from
 * its key (`Event_created`), else numbered (`EventCreated2`), with a `type-name-derived` warning.
 * Configured names are never changed; two that meet are a type-name-collision. A schema named like
 * the client class the user named (`--name Api` beside a schema `Api`) takes `Schema` after its name.
 */
export function typeNames(
  all: readonly SchemaEntry[],
  overrides: Readonly<Record<string, string>> | undefined,
  sink: DiagnosticSink,
  clientName?: string,
): Map<string, string> {
  const wanted = new Map(all.map((entry) => [entry.key, wantedName(entry, overrides, sink)]));
  const byName = new Map<string, SchemaEntry[]>();
  for (const entry of all) {
    const name = wanted.get(entry.key) as string;
    byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  const taken = new Set([...wanted.values(), ...(clientName === undefined ? [] : [clientName])]);
  const names = new Map(wanted);
  /** `first`, else `<base>2`, `<base>3`, ...: the first name not taken, with the warning. */
  const rename = (entry: SchemaEntry, name: string, like: string, first: string, base: string): void => {
    let derived = first;
    for (let n = 2; taken.has(derived); n++) derived = `${base}${n}`;
    taken.add(derived);
    names.set(entry.key, derived);
    sink.warn("type-name-derived", entry.pointer, `${entry.pointer} would be named ${name} like ${like}; it is named ${derived}`);
  };
  for (const entry of clientName === undefined ? [] : (byName.get(clientName) ?? [])) {
    if (!isConfigured(entry, overrides)) rename(entry, clientName as string, "the client class given by --name", `${clientName}Schema`, `${clientName}Schema`);
  }
  for (const [name, entries] of byName) {
    if (entries.length < 2 || name === clientName) continue;
    const fixed = (e: SchemaEntry) => e.synthetic || e.key === name || isConfigured(e, overrides);
    const ordered = [...entries].sort((a, b) => Number(fixed(b)) - Number(fixed(a)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const keeper = (ordered[0] as SchemaEntry).pointer;
    for (const entry of ordered.slice(1)) if (!fixed(entry)) rename(entry, name, keeper, spelledTypeName(entry.key), name);
  }
  return names;
}

function isConfigured(entry: SchemaEntry, overrides: Readonly<Record<string, string>> | undefined): boolean {
  return overrides !== undefined && Object.hasOwn(overrides, entry.key);
}

function wantedName(entry: SchemaEntry, overrides: Readonly<Record<string, string>> | undefined, sink: DiagnosticSink): string {
  const derived = entry.synthetic ? entry.key : typeName(entry.key);
  if (!isConfigured(entry, overrides)) return derived;
  const configured = overrides?.[entry.key] as string;
  if (isUsableTypeName(configured)) return configured;
  sink.error("invalid-name-override", entry.pointer, `typeNames.${entry.key} = ${JSON.stringify(configured)} is not a usable type name`);
  return derived;
}
