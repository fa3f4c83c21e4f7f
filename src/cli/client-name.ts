import { isUsableTypeName } from "../model/names.js";

/**
 * Whether `name` can be the client class: an ASCII identifier (the flag's documented form) that the
 * model would also accept as a `typeNames` value, so not a reserved word, a global the output uses
 * or a name the runtime exports.
 */
export function isClientName(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && isUsableTypeName(name);
}

/** Why `name` cannot be the client class, for a message that ends "..., not "class"". */
export const CLIENT_NAME_RULE = "an identifier that is not a reserved word, a global the client uses (Object, Promise, ...) or a runtime export (APIError, ...)";
