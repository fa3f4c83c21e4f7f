import { usageText, type Usage } from "./usage.js";

/** Why a change breaks a client, per direction; a missing reason means it is safe that way. */
export interface Rule {
  request?: string;
  response?: string;
}

const REJECTED_IF_OMITTED = "clients that omit it are rejected";

export const RULES = {
  fieldAddedRequired: { request: REJECTED_IF_OMITTED },
  fieldAddedOptional: {},
  fieldRemoved: {
    request: "code that sets it no longer compiles, and the server ignores it",
    response: "clients that read it get nothing",
  },
  fieldRequired: { request: REJECTED_IF_OMITTED },
  fieldOptional: { response: "clients that rely on it may find it missing" },
  madeNullable: { response: "clients may receive null where they expect a value" },
  madeNonNullable: { request: "clients that send null are rejected" },
  // Exhaustive `switch`es over a generated union stop compiling or fall through at runtime.
  enumValueAdded: { response: "a client may receive a value its exhaustive code does not handle" },
  enumValueRemoved: { request: "clients that send it are rejected" },
} satisfies Record<string, Rule>;

/** A retyping is safe for requests when the new type accepts all old values, for responses when it yields only old ones. */
export function retypedRule(widened: boolean, narrowed: boolean): Rule {
  const rule: Rule = {};
  if (!widened) rule.request = "code passing the old type may no longer compile, and the server may reject it";
  if (!narrowed) rule.response = "clients may receive values of a type they do not expect";
  return rule;
}

/** Applies a rule where the schema is used; the description says where, and why it breaks. */
export function classify(base: string, usage: Usage, rule: Rule): { breaking: boolean; description: string } {
  const reasons: string[] = [];
  if (usage.request && rule.request !== undefined) reasons.push(rule.request);
  if (usage.response && rule.response !== undefined && rule.response !== rule.request) reasons.push(rule.response);
  const description = `${base} (${usageText(usage)})`;
  return reasons.length === 0 ? { breaking: false, description } : { breaking: true, description: `${description}; breaking: ${reasons.join("; ")}` };
}
