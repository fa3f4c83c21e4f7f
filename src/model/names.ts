import { GLOBAL_NAMES, RESERVED_TYPE_NAMES, RESERVED_WORDS, RUNTIME_EXPORTS } from "./reserved-words.js";

/**
 * Splits any spelling (snake, kebab, camel, Pascal, acronyms) into words, in any script:
 * `obtenirÉlément` -> `obtenir`, `Élément`; `名前` stays one word.
 */
export function words(text: string): string[] {
  return text.normalize("NFC").match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{Nd}+|\p{Lu}|[\p{Lo}\p{Lm}\p{Lt}\p{Nl}]+/gu) ?? [];
}

/** A name TypeScript accepts as an identifier as it is. */
function isIdentifier(name: string): boolean {
  return /^[\p{ID_Start}_$][\p{ID_Continue}$\u200C\u200D]*$/u.test(name);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `sources_partial_update` -> `sourcesPartialUpdate`, `getJWKS` -> `getJWKS`. */
export function camelCase(text: string): string {
  const parts = words(text);
  const [first, ...rest] = parts;
  if (first === undefined) return "";
  const head = first === first.toUpperCase() ? first.toLowerCase() : first.charAt(0).toLowerCase() + first.slice(1);
  return head + rest.map(capitalize).join("");
}

/** `knowledge-base` -> `KnowledgeBase`. */
export function pascalCase(text: string): string {
  return words(text).map(capitalize).join("");
}

const reservedForTypes = (name: string): boolean => RESERVED_WORDS.has(name) || RESERVED_TYPE_NAMES.has(name);
/** A parameter is a value: `type` and `number` may name one; `undefined` may not shadow the value the code reads. */
const reservedForValues = (name: string): boolean => RESERVED_WORDS.has(name) || name === "undefined";

/** Makes a binding name safe: digits first or reserved words get a `_`. */
export function safeIdentifier(name: string, reserved: (name: string) => boolean = reservedForTypes): string {
  const base = name === "" ? "_" : name;
  const prefixed = /^\p{Nd}/u.test(base) ? `_${base}` : base;
  return reserved(prefixed) ? `${prefixed}_` : prefixed;
}

/**
 * The exported name of a schema type: the spec name kept where it is a valid identifier,
 * otherwise PascalCased; names that would shadow a global or a runtime export get a `Schema` suffix.
 */
export function typeName(specName: string): string {
  const kept = isIdentifier(specName) ? specName : pascalCase(specName);
  const named = safeIdentifier(kept === "" ? "Schema" : kept);
  return GLOBAL_NAMES.has(named) || RUNTIME_EXPORTS.has(named) ? `${named}Schema` : named;
}

/**
 * The second choice of a schema whose PascalCased name another schema has (`Event.created` beside
 * `EventCreated`): its spec name with each character an identifier cannot hold written `_`
 * (`Event_created`).
 */
export function spelledTypeName(specName: string): string {
  const spelled = specName.normalize("NFC").replace(/[^\p{ID_Continue}$]/gu, "_");
  return typeName(/^\p{Nd}/u.test(spelled) ? `_${spelled}` : spelled);
}

/** A type name the config may set: an identifier that is no reserved word, global or runtime export. */
export function isUsableTypeName(name: string): boolean {
  return isIdentifier(name) && typeName(name) === name;
}

export function guardName(type: string): string {
  return `is${capitalize(type)}`;
}

export function validateName(type: string): string {
  return `validate${capitalize(type)}`;
}

export function assertName(type: string): string {
  return `assert${capitalize(type)}`;
}

/**
 * The Standard Schema object of a type, a value named as JavaScript names values: the leading
 * capitals lowered as camelCase lowers a first word (`Connection` -> `connectionSchema`,
 * `JWKSResponse` -> `jwksResponseSchema`, `STS2` -> `sts2Schema`), the rest of the name kept.
 */
export function standardSchemaName(type: string): string {
  const capitals = /^\p{Lu}+/u.exec(type)?.[0] ?? "";
  const lowered = capitals.length > 1 && /^\p{Ll}/u.test(type.slice(capitals.length)) ? capitals.slice(0, -1) : capitals;
  return `${lowered.toLowerCase()}${type.slice(lowered.length)}Schema`;
}

/** Resource property on the client: the first tag, camelCased (`knowledge-base` -> `knowledgeBase`). */
export function resourceProperty(group: string): string {
  const name = camelCase(group);
  if (name === "") return "root";
  const member = /^\p{Nd}/u.test(name) ? `_${name}` : name;
  return CLIENT_MEMBERS.has(member) ? `${member}_` : safeMemberName(member);
}

/**
 * The files of resources, in the order given (`knowledgeBase` -> `knowledge-base`, for
 * `resources/knowledge-base.ts`): lowercase words joined by `-`, so names differing only in case
 * cannot meet on a case-insensitive file system. Names are cut at 80 characters (at most 240 bytes
 * of UTF-8), Windows device names (`con`, `aux`) get a `_` in front, and a name already taken gets
 * `-2`, `-3`, ....
 */
export function resourceFileNames(properties: readonly string[]): string[] {
  const taken = new Set<string>();
  return properties.map((property) => {
    const kebab = words(property).map((w) => w.toLowerCase()).join("-") || "root";
    const base = WINDOWS_DEVICE_NAMES.test(kebab) ? `_${kebab}` : [...kebab].slice(0, MAX_FILE_NAME).join("").replace(/-+$/, "");
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return name;
  });
}

// COM1 and LPT1 never occur: the digits are a word of their own (`com-1`).
const WINDOWS_DEVICE_NAMES = /^(?:con|prn|aux|nul)$/;
const MAX_FILE_NAME = 80;

/**
 * The public instance members of the runtime's APIClient, which a resource property must not
 * shadow; everything else it holds is `#private` or static.
 */
const CLIENT_MEMBERS = new Set(["withOptions"]);

/** Object.prototype members: a method or resource of that name would replace them (`String(client.x)` sending a request). */
const OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));

export function resourceClassName(group: string): string {
  const name = pascalCase(group) || "Root";
  return `${/^\p{Nd}/u.test(name) ? "_" : ""}${name}Resource`;
}

/** Members that would shadow Object/Promise behaviour on a class instance get a `_`. */
function safeMemberName(name: string): string {
  return OBJECT_MEMBERS.has(name) || name === "then" || name === "prototype" ? `${name}_` : name;
}

/**
 * A method name: any identifier, reserved words included (`pulls.get`, `repos.delete`,
 * `x.default`), since members are not bindings; only names that would replace the object's own
 * behaviour (`constructor`, `then`, `prototype`, `toString`, ...) get a `_`.
 */
export function memberName(name: string): string {
  const base = name === "" ? "_" : /^\p{Nd}/u.test(name) ? `_${name}` : name;
  return safeMemberName(base);
}

/**
 * Method name: the operationId without its resource prefix, camelCased
 * (`sources_partial_update` on `sources` -> `partialUpdate`, `pulls/get` on `pulls` -> `get`).
 */
export function methodName(operationId: string, group: string): string {
  const remainder = wordsAfterGroup(operationId, group);
  return memberName(remainder.length === 0 ? camelCase(operationId) : camelCase(remainder.join("_")));
}

/** The words of an operationId after its resource's words, where it starts with them (case aside). */
export function wordsAfterGroup(operationId: string, group: string): string[] {
  const opWords = words(operationId);
  const groupWords = words(group).map((w) => w.toLowerCase());
  const prefixed = groupWords.length > 0 && groupWords.every((w, i) => opWords[i]?.toLowerCase() === w);
  return prefixed ? opWords.slice(groupWords.length) : opWords;
}

/**
 * Flat function name: the whole operationId camelCased. Functions are bindings, so reserved words
 * get a `_` (`delete_`); an exported `then` would make the module namespace (and
 * `await import(...)` of the client) a thenable, so it gets a `_` too.
 */
export function functionName(operationId: string): string {
  return safeMemberName(safeIdentifier(camelCase(operationId) || "operation"));
}

/**
 * A stable operationId for operations that have none: `get /users/{id}` -> `get_users_id`,
 * `M-SEARCH /devices` -> `m_search_devices`.
 */
export function derivedOperationId(httpMethod: string, path: string): string {
  return [...words(httpMethod), ...words(path)].map((w) => w.toLowerCase()).join("_");
}

/**
 * An HTTP method as the word that tells two same-named operations apart (`createGet`):
 * `GET` -> `Get`, `QUERY` -> `Query`, `M-SEARCH` -> `MSearch`, `x.y` -> `XY`.
 */
export function methodWord(httpMethod: string): string {
  return pascalCase(words(httpMethod).map((w) => w.toLowerCase()).join("_")) || "Method";
}

/** Names the generated function signature already uses beside the path parameters. */
const SIGNATURE_NAMES = new Set(["client", "body", "params", "options"]);

/** Positional argument name for a path parameter: camelCased and not reserved. */
export function argumentName(wireName: string): string {
  const name = safeIdentifier(camelCase(wireName) || "param", reservedForValues);
  return SIGNATURE_NAMES.has(name) ? `${name}_` : name;
}

/** The variable the API key is read from: `CamelAI` -> `CAMELAI_API_KEY`. */
export function apiKeyEnvVar(client: string): string {
  return `${client.replace(/[^A-Za-z0-9]/g, "").toUpperCase()}_API_KEY`;
}

/** The variable the base URL is read from: `CamelAI` -> `CAMELAI_BASE_URL`. */
export function baseURLEnvVar(client: string): string {
  return `${client.replace(/[^A-Za-z0-9]/g, "").toUpperCase()}_BASE_URL`;
}

/** The client class without resources, beside the full one: `CamelAI` -> `CamelAICore`. */
export function coreClassName(client: string): string {
  return `${client}Core`;
}

/** The exported response validator of a client: `CamelAI` -> `camelAIValidator`. */
export function validatorName(client: string): string {
  return safeIdentifier(`${camelCase(client) || "client"}Validator`);
}

/**
 * A generated class or function name that meets the schema's names in index.ts: the schema keeps
 * its name and the generated one takes `suffix` (`Hoot` -> `HootClient`).
 */
export function freeName(wanted: string, taken: ReadonlySet<string>, suffix: string): string {
  return taken.has(wanted) ? `${wanted}${suffix}` : wanted;
}

/** Words of a title that name no API, matched whole: `Api2Pdf` and `APIs.guru` keep theirs. */
const TITLE_FILLER = /^(apis?|rest|restful|http|openapi|service|spec|specification|official)$/i;

/**
 * Client class name from the title: `camelAI API` -> `CamelAI`, `GitHub's official OpenAPI spec +
 * Octokit extension` -> `GitHub`. What follows a ` + ` and what is in parentheses are asides, and a
 * possessive `'s` and a leading `The` are no words.
 */
export function clientName(title: string): string {
  const main = (title.split(/\s\+\s/)[0] ?? "").replace(/\([^()]*\)/g, " ").replace(/['\u2019]s\b/g, "");
  // Dots and apostrophes join a word (`APIs.guru`, `O'Reilly`); spaces, dashes and the like part words.
  const kept = main.split(/[\s\-\u2013\u2014|/,:;&]+/u).filter((w) => w !== "" && !TITLE_FILLER.test(w));
  // A leading article names nothing: `The Jira Cloud platform REST API` is Jira's.
  if (kept.length > 1 && /^the$/i.test(kept[0] as string)) kept.shift();
  const parts = kept.flatMap(words);
  // A filler word ending a camel-cased title (`AmazonApiGatewayManagementApi`) goes too.
  while (parts.length > 0 && TITLE_FILLER.test(parts[parts.length - 1] as string)) parts.pop();
  const joined = parts.map(capitalize).join("");
  return typeName(joined === "" ? "Client" : joined);
}
