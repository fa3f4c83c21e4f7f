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
  const view = structuredClone(document) as Node;
  const moved: Moved[] = [];
  view["openapi"] = "3.1.1";
  delete view["$self"];
  for (const tag of arrayOf(view["tags"])) deleteKeys(tag, ["parent", "kind", "summary"]);
  serverList(view);
  const webhooks = isJsonObject(view["webhooks"]) ? (view["webhooks"] as Node) : {};
  for (const [name, item] of entriesOf(view["webhooks"])) pathItem(item, pointerJoin("#/webhooks", name), webhooks, moved);
  for (const [path, item] of entriesOf(view["paths"])) pathItem(item, pointerJoin("#/paths", path), webhooks, moved);
  components(view, webhooks, moved);
  if (moved.length > 0) view["webhooks"] = webhooks;
  // `#/webhooks/<key>/get...` and the stand-in path item itself, `#/webhooks/<key>`, are the operation.
  const mapPointers = (text: string) =>
    moved.reduce((out, m) => out.replace(new RegExp(`${escapeRegExp(`#${pointerJoin("", "webhooks", m.key)}`)}(?:/get)?(?![\\w.-])`, "g"), m.pointer), text);
  return { view, mapPointers };
}

function pathItem(item: Node, pointer: string, webhooks: Node, moved: Moved[]): void {
  serverList(item);
  for (const parameter of arrayOf(item["parameters"])) parameterNode(parameter);
  const extra: [string, unknown][] = [
    ...("query" in item ? [[pointerJoin(pointer, "query"), item["query"]] as [string, unknown]] : []),
    ...entriesOf(item["additionalOperations"]).map(([m, op]): [string, unknown] => [pointerJoin(pointer, "additionalOperations", m), op]),
  ];
  deleteKeys(item, ["query", "additionalOperations"]);
  for (const method of METHODS_31) if (isJsonObject(item[method])) operation(item[method] as Node);
  for (const [at, op] of extra) {
    const key = freeKey(webhooks, `camelgen-openapi-3.2-${moved.length}`);
    if (isJsonObject(op)) operation(op as Node);
    webhooks[key] = { get: op };
    moved.push({ key, pointer: at });
  }
}

function operation(op: Node): void {
  serverList(op);
  for (const parameter of arrayOf(op["parameters"])) parameterNode(parameter);
  if (isJsonObject(op["requestBody"])) content(op["requestBody"] as Node);
  for (const [, response] of entriesOf(op["responses"])) responseNode(response);
  for (const [, callback] of entriesOf(op["callbacks"])) for (const [, item] of entriesOf(callback)) pathItem(item, "#", {}, []);
}

function parameterNode(parameter: Node): void {
  if (parameter["in"] === "querystring") parameter["in"] = "query";
  content(parameter);
  examples(parameter);
}

function responseNode(response: Node): void {
  delete response["summary"];
  content(response);
  for (const [, header] of entriesOf(response["headers"])) content(header);
}

function content(holder: Node): void {
  for (const [type, media] of entriesOf(holder["content"])) {
    if (typeof media["$ref"] === "string") (holder["content"] as Node)[type] = {};
    deleteKeys(media, ["itemSchema", "itemEncoding", "prefixEncoding"]);
    examples(media);
  }
}

function examples(holder: Node): void {
  for (const [, example] of entriesOf(holder["examples"])) deleteKeys(example, ["dataValue", "serializedValue"]);
}

function components(view: Node, webhooks: Node, moved: Moved[]): void {
  if (!isJsonObject(view["components"])) return;
  const parts = view["components"] as Node;
  delete parts["mediaTypes"];
  for (const [, parameter] of entriesOf(parts["parameters"])) parameterNode(parameter);
  for (const [, body] of entriesOf(parts["requestBodies"])) content(body);
  for (const [, response] of entriesOf(parts["responses"])) responseNode(response);
  for (const [, header] of entriesOf(parts["headers"])) content(header);
  for (const [, example] of entriesOf(parts["examples"])) deleteKeys(example, ["dataValue", "serializedValue"]);
  for (const [name, item] of entriesOf(parts["pathItems"])) pathItem(item, pointerJoin("#/components/pathItems", name), webhooks, moved);
  for (const [, scheme] of entriesOf(parts["securitySchemes"])) {
    deleteKeys(scheme, ["deprecated", "oauth2MetadataUrl"]);
    if (isJsonObject(scheme["flows"])) delete (scheme["flows"] as Node)["deviceAuthorization"];
  }
}

function serverList(holder: Node): void {
  for (const server of arrayOf(holder["servers"])) delete server["name"];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function freeKey(map: Node, base: string): string {
  let key = base;
  while (key in map) key = `${key}-`;
  return key;
}

function deleteKeys(node: Node, keys: readonly string[]): void {
  for (const key of keys) delete node[key];
}

function arrayOf(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter((v): v is Node => isJsonObject(v)) : [];
}

function entriesOf(value: unknown): [string, Node][] {
  if (!isJsonObject(value)) return [];
  return Object.entries(value).filter((e): e is [string, Node] => isJsonObject(e[1]));
}
