import { pointerJoin } from "../model/diagnostics.js";
import { isJsonObject, type JsonObject } from "../model/json.js";

type Node = Record<string, unknown>;

/** The fixed operation fields of an OpenAPI 3.1 path item; 3.2 adds `query` and `additionalOperations`. */
const METHODS_31 = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Where the view holds an operation that 3.1 has no field for, and where it is in the document. */
interface Moved {
  key: string;
  pointer: string;
}

/**
 * No published JSON Schema validates OpenAPI 3.2 yet, so a 3.2 document is validated as 3.1 after
 * its 3.2-only constructs are set aside: `$self`, tag `parent`/`kind`/`summary`, server `name`,
 * response `summary`, media type `itemSchema`/`itemEncoding`/`prefixEncoding` and `$ref`,
 * `components.mediaTypes`, example `dataValue`/`serializedValue`, the security scheme's
 * `deprecated`, `oauth2MetadataUrl` and device flow. `in: querystring` is validated as `in: query`,
 * and each `query` or `additionalOperations` operation as a webhook's `get`, so its content is
 * still checked; `mapPointers` turns those webhook pointers back into the document's. The model
 * checks the 3.2 constructs themselves (querystring rules, method names).
 */
export function openApi31View(document: JsonObject): { view: JsonObject; mapPointers: (text: string) => string } {
  // Copies are shallow and only along the way to what changes: schemas, the bulk, are shared.
  const view: Node = { ...document, openapi: "3.1.1" };
  const moved: Moved[] = [];
  delete view["$self"];
  update(view, "tags", (tags) => eachInArray(tags, (tag) => deleteKeys(tag, ["parent", "kind", "summary"])));
  serverList(view);
  const webhooks: Node = isJsonObject(view["webhooks"]) ? { ...view["webhooks"] } : {};
  for (const [name, item] of entriesOf(webhooks)) webhooks[name] = pathItem({ ...item }, pointerJoin("#/webhooks", name), webhooks, moved);
  update(view, "paths", (paths) => eachInObject(paths, (item, path) => pathItem(item, pointerJoin("#/paths", path), webhooks, moved)));
  update(view, "components", (parts) => (isJsonObject(parts) ? components({ ...parts }, webhooks, moved) : parts));
  if (moved.length > 0 || "webhooks" in view) view["webhooks"] = webhooks;
  // `#/webhooks/<key>/get...` and the stand-in path item itself, `#/webhooks/<key>`, are the operation.
  const mapPointers = (text: string) =>
    moved.reduce((out, m) => out.replace(new RegExp(`${escapeRegExp(`#${pointerJoin("", "webhooks", m.key)}`)}(?:/get)?(?![\\w.-])`, "g"), m.pointer), text);
  return { view, mapPointers };
}

/** `item` is a copy the caller owns; so is every node each step below is given. */
function pathItem(item: Node, pointer: string, webhooks: Node, moved: Moved[]): Node {
  serverList(item);
  update(item, "parameters", (list) => eachInArray(list, parameterNode));
  const extra: [string, unknown][] = [
    ...("query" in item ? [[pointerJoin(pointer, "query"), item["query"]] as [string, unknown]] : []),
    ...entriesOf(item["additionalOperations"]).map(([m, op]): [string, unknown] => [pointerJoin(pointer, "additionalOperations", m), op]),
  ];
  deleteKeys(item, ["query", "additionalOperations"]);
  for (const method of METHODS_31) update(item, method, (op) => (isJsonObject(op) ? operation({ ...op }) : op));
  for (const [at, op] of extra) {
    const key = freeKey(webhooks, `camelgen-openapi-3.2-${moved.length}`);
    webhooks[key] = { get: isJsonObject(op) ? operation({ ...op }) : op };
    moved.push({ key, pointer: at });
  }
  return item;
}

function operation(op: Node): Node {
  serverList(op);
  update(op, "parameters", (list) => eachInArray(list, parameterNode));
  update(op, "requestBody", (body) => (isJsonObject(body) ? content({ ...body }) : body));
  update(op, "responses", (responses) => eachInObject(responses, responseNode));
  update(op, "callbacks", (callbacks) => eachInObject(callbacks, (callback) => eachInObject(callback, (item) => pathItem(item, "#", {}, [])) as Node));
  return op;
}

function parameterNode(parameter: Node): Node {
  if (parameter["in"] === "querystring") parameter["in"] = "query";
  return examples(content(parameter));
}

function responseNode(response: Node): Node {
  delete response["summary"];
  update(response, "headers", (headers) => eachInObject(headers, content));
  return content(response);
}

function content(holder: Node): Node {
  update(holder, "content", (map) =>
    eachInObject(map, (media) => (typeof media["$ref"] === "string" ? {} : examples(deleteKeys(media, ["itemSchema", "itemEncoding", "prefixEncoding"])))),
  );
  return holder;
}

function examples(holder: Node): Node {
  update(holder, "examples", (map) => eachInObject(map, (example) => deleteKeys(example, ["dataValue", "serializedValue"])));
  return holder;
}

function components(parts: Node, webhooks: Node, moved: Moved[]): Node {
  delete parts["mediaTypes"];
  update(parts, "parameters", (map) => eachInObject(map, parameterNode));
  update(parts, "requestBodies", (map) => eachInObject(map, content));
  update(parts, "responses", (map) => eachInObject(map, responseNode));
  update(parts, "headers", (map) => eachInObject(map, content));
  update(parts, "examples", (map) => eachInObject(map, (example) => deleteKeys(example, ["dataValue", "serializedValue"])));
  update(parts, "pathItems", (map) => eachInObject(map, (item, name) => pathItem(item, pointerJoin("#/components/pathItems", name), webhooks, moved)));
  update(parts, "securitySchemes", (map) =>
    eachInObject(map, (scheme) => {
      update(deleteKeys(scheme, ["deprecated", "oauth2MetadataUrl"]), "flows", (flows) => (isJsonObject(flows) ? deleteKeys({ ...flows }, ["deviceAuthorization"]) : flows));
      return scheme;
    }),
  );
  return parts;
}

function serverList(holder: Node): void {
  update(holder, "servers", (servers) => eachInArray(servers, (server) => deleteKeys(server, ["name"])));
}

/** Replaces `node[key]`, where the key is present. */
function update(node: Node, key: string, edit: (value: unknown) => unknown): void {
  if (key in node) node[key] = edit(node[key]);
}

/** A copy of the array with each object in it copied and edited. */
function eachInArray(value: unknown, edit: (node: Node) => Node): unknown {
  return Array.isArray(value) ? value.map((v: unknown) => (isJsonObject(v) ? edit({ ...v }) : v)) : value;
}

/** A copy of the map with each object in it copied and edited. */
function eachInObject(value: unknown, edit: (node: Node, key: string) => Node): unknown {
  if (!isJsonObject(value)) return value;
  const out: Node = {};
  for (const [key, v] of Object.entries(value)) out[key] = isJsonObject(v) ? edit({ ...v }, key) : v;
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function freeKey(map: Node, base: string): string {
  let key = base;
  while (key in map) key = `${key}-`;
  return key;
}

function deleteKeys(node: Node, keys: readonly string[]): Node {
  for (const key of keys) delete node[key];
  return node;
}

function entriesOf(value: unknown): [string, Node][] {
  if (!isJsonObject(value)) return [];
  return Object.entries(value).filter((e): e is [string, Node] => isJsonObject(e[1]));
}
