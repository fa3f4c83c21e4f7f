import { DiagnosticSink, ModelError, pointerJoin, strictened } from "./diagnostics.js";
import { RUNTIME_EXPORTS, UNSAFE_MEMBER_NAMES } from "./reserved-words.js";
import { docOf } from "./doc.js";
import type { ApiModel, Diagnostic, NamedType, Operation, Resource } from "./ir.js";
import { paginationOf } from "./pagination.js";
import { configuredPagination, type PaginationConfig } from "./pagination-config.js";
import { entries, isJsonObject, objectField, stringField, type JsonObject } from "./json.js";
import {
  apiKeyEnvVar,
  baseURLEnvVar,
  clientName as clientNameOf,
  coreClassName,
  freeName,
  resourceClassName,
  resourceFileNames,
  resourceProperty,
  typeName,
  validatorName,
} from "./names.js";
import { inlineBases, nameInlineShapes, type SchemaEntry } from "./inline-shapes.js";
import { namedTypes } from "./named-types.js";
import { withScalarRefs } from "./scalar-params.js";
import { buildOperation } from "./operation.js";
import { operationSites } from "./operation-sites.js";
import { inlineMediaTypeRefs } from "./media-type-refs.js";
import { checkOpenApi32 } from "./openapi-32-checks.js";
import { checkQueryCredentials } from "./querystring.js";
import { checkClientNames, checkOperationNames, operationNames, withFreeNames, type OperationNameInput, type OperationNames } from "./operation-names.js";
import type { SchemaContext } from "./schema-context.js";
import { securitySchemes, serverUrls } from "./document-info.js";
import { withSecurityAlternatives } from "./security-requirements.js";
import { resolveInheritance } from "./inheritance.js";
import { checkDocumentRefs } from "./ref-check.js";
import { toSchema } from "./schema.js";
import { withWireForms } from "./wire-forms.js";
import { checkStreamIds, withConfiguredStream, type StreamsConfig } from "./stream-config.js";
import { withoutControllerSuffix } from "./spring-names.js";

export interface ModelOptions {
  /** Overrides the client class name derived from `info.title`. */
  name?: string;
  /** Turns every warning into an error. */
  strict?: boolean;
  /** Method names by operationId, overriding the derived ones. */
  names?: Readonly<Record<string, string>>;
  /** Type names by component schema name, overriding the derived ones. */
  typeNames?: Readonly<Record<string, string>>;
  /** The generated client's default `validate` mode. */
  validate?: "off" | "warn" | "throw";
  /** Page styles by operationId, for lists whose shape cannot be inferred (`false`: not paged). */
  pagination?: PaginationConfig;
  /** Response-side enums accept values the schema does not list; request types stay closed. */
  openEnums?: boolean;
  /** Streams the schema does not describe, by operationId. */
  streams?: StreamsConfig;
}

/** Bundled OpenAPI 3.x document -> ApiModel. Pure; throws ModelError when an error diagnostic arises. */
export function buildModel(input: JsonObject, options: ModelOptions = {}): ApiModel {
  const sink = new DiagnosticSink();
  const document = inlineMediaTypeRefs(input, sink);
  // 3.2 keeps 3.1's dialect, JSON Schema 2020-12.
  const openapi31 = /^3\.[12]\./.test(stringField(document, "openapi") ?? "");
  const ctx: SchemaContext = { document, sink, openapi31, inlining: new Set(), recursive: { names: new Map(), entries: [] } };
  noteUnusedParts(document, sink);
  checkOpenApi32(document, sink);
  checkDocumentRefs(document, sink);
  const components = componentEntries(document, ctx);
  const componentNames = new Set(components.flatMap((c) => [c.key, typeName(c.key)]));
  const groups = new Map<string, Operation[]>();
  const inline: SchemaEntry[] = [];
  const sites = operationSites(document, sink);
  const built = sites.map((site) => buildOperation(site, ctx));
  const groupNames = withoutControllerSuffix(built.map((b) => b.group), resourceProperty);
  // Tags that spell one resource differently (`knowledge-base`, `knowledge_base`) share it.
  const keys = groupNames.map(resourceProperty);
  const chosen = operationNames(
    built.map((b, i) => ({ ...nameInput(groupNames[i] as string, keys[i] as string, b.operation, options.names, sink), declared: typeof sites[i]?.node["operationId"] === "string" })),
    sink,
  );
  const bases = inlineBases(built.map((b) => b.operation), chosen.map((names) => names.fn));
  for (const [i, { operation }] of built.entries()) {
    const named = nameInlineShapes(withConfiguredStream(operation, options.streams, ctx), bases[i] as string, componentNames);
    const names = chosen[i] as OperationNames;
    inline.push(...named.entries);
    const key = keys[i] as string;
    groups.set(key, [...(groups.get(key) ?? []), { ...named.operation, method: names.method, fnName: names.fn }]);
  }
  const recursive = ctx.recursive.entries.map((e): SchemaEntry => ({ ...e, doc: {}, synthetic: false }));
  checkOverrideKeys(options, built.map((b) => b.operation.operationId), [...components, ...recursive, ...inline].map((e) => e.key), sink);
  const wire = withWireForms(resolveInheritance([...components, ...recursive, ...inline]), [...groups.values()].flat(), options.typeNames);
  for (const [key, operations] of groups) groups.set(key, operations.map(wire.operation));
  const { types, rename } = namedTypes(wire.entries, [...groups.values()].flat(), sink, options.typeNames, options.name, options.openEnums === true);
  const byName = new Map(types.map((t) => [t.name, t]));
  const schemes = securitySchemes(document, sink);
  const resources = withSecurityAlternatives(withFreeNames(toResources(groups, (op) => withPagination(withScalarRefs(rename(op), byName), byName, options.pagination, sink)), types), schemes);
  checkPaginationIds(options.pagination, resources, sink);
  checkStreamIds(options.streams, new Set(resources.flatMap((r) => r.operations.map((op) => op.operationId))), sink);
  checkOperationNames(resources, types, sink);
  const clientName = clientNameFor(document, options, types);
  const { coreName, validator } = companionNames(clientName, resources, types);
  checkClientNames([clientName, coreName, validator], resources, types, sink);
  checkQueryCredentials(resources, schemes, sink);
  const diagnostics = finish(sink.items, options.strict === true);
  const info = objectField(document, "info") ?? {};
  const title = stringField(info, "title") ?? "API";
  const model: ApiModel = {
    title,
    version: stringField(info, "version") ?? "",
    clientName,
    coreName,
    validatorName: validator,
    apiKeyEnvVar: apiKeyEnvVar(clientName),
    baseURLEnvVar: baseURLEnvVar(clientName),
    ...(options.validate !== undefined ? { defaultValidate: options.validate } : {}),
    servers: serverUrls(document),
    securitySchemes: schemes,
    resources,
    types,
    diagnostics,
  };
  const description = docOf(info).description;
  if (description !== undefined) model.description = description;
  return model;
}

/** The naming facts of one operation; a configured method name must be a usable identifier. */
function nameInput(group: string, resource: string, op: Operation, names: ModelOptions["names"], sink: DiagnosticSink): OperationNameInput {
  const input = { operationId: op.operationId, group, resource, httpMethod: op.httpMethod, path: op.path, pointer: op.pointer };
  const wanted = names && Object.prototype.hasOwnProperty.call(names, op.operationId) ? names[op.operationId] : undefined;
  if (wanted === undefined) return input;
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(wanted) || UNSAFE_MEMBER_NAMES.has(wanted)) {
    sink.error("invalid-name-override", op.pointer, `names.${op.operationId} = ${JSON.stringify(wanted)} is not a usable method name`);
    return input;
  }
  return { ...input, configured: wanted };
}

/**
 * `--name`, else the class named from `info.title`; when that is also a schema's name (an API
 * titled "Hoot" with a `Hoot` schema) the schema keeps it and the client becomes `HootClient`.
 */
function clientNameFor(document: JsonObject, options: ModelOptions, types: NamedType[]): string {
  if (options.name !== undefined) return options.name;
  const derived = clientNameOf(stringField(objectField(document, "info") ?? {}, "title") ?? "API");
  const taken = new Set(types.flatMap((t) => [t.name, t.guardName, t.assertName, t.validateName, t.standardSchemaName]));
  return freeName(derived, taken, "Client");
}

/**
 * The Core class and the validator, named after the client; a schema, function or runtime export
 * already using the name keeps it, and the class becomes `CamelAICoreClient`, the validator
 * `camelAIValidatorFunction`.
 */
function companionNames(clientName: string, resources: Resource[], types: NamedType[]): { coreName: string; validator: string } {
  const taken = new Set([
    clientName,
    ...RUNTIME_EXPORTS,
    ...types.flatMap((t) => [t.name, t.guardName, t.assertName, t.validateName, t.standardSchemaName]),
    ...resources.flatMap((r) => [r.className, ...r.operations.map((op) => op.fnName)]),
  ]);
  return { coreName: freeName(coreClassName(clientName), taken, "Client"), validator: freeName(validatorName(clientName), taken, "Function") };
}

function componentEntries(document: JsonObject, ctx: SchemaContext): SchemaEntry[] {
  const schemas = objectField(objectField(document, "components") ?? {}, "schemas") ?? {};
  return entries(schemas).map(([key, raw]) => {
    const pointer = pointerJoin("#/components/schemas", key);
    const doc = isJsonObject(raw) ? docOf(raw) : {};
    return { key, pointer, schema: toSchema(raw, pointer, ctx), doc, synthetic: false };
  });
}

/** Parts of a valid document a client has no use for: said once, so nobody wonders where they went. */
function noteUnusedParts(document: JsonObject, sink: DiagnosticSink): void {
  const webhooks = document["webhooks"];
  if (isJsonObject(webhooks) && Object.keys(webhooks).length > 0) {
    sink.note("webhooks-ignored", "#/webhooks", `${Object.keys(webhooks).length} webhook(s) ignored: they describe requests the API sends, not calls a client makes`);
  }
}

function withPagination(op: Operation, types: ReadonlyMap<string, NamedType>, config: PaginationConfig | undefined, sink: DiagnosticSink): Operation {
  // A call that streams resolves to its stream, not to pages.
  if (op.stream) return op;
  const configured = config && Object.hasOwn(config, op.operationId) ? config[op.operationId] : undefined;
  const report = (message: string) => sink.error("invalid-pagination", op.pointer, `pagination.${op.operationId}${message}`);
  const pagination = configured === undefined ? paginationOf(op, types) : configuredPagination(op, configured, types, report);
  return pagination ? { ...op, pagination } : op;
}

/** A `pagination` entry must name an operation of the document. */
function checkPaginationIds(config: PaginationConfig | undefined, resources: Resource[], sink: DiagnosticSink): void {
  const ids = new Set(resources.flatMap((r) => r.operations.map((op) => op.operationId)));
  for (const id of Object.keys(config ?? {}).filter((key) => !ids.has(key)).sort()) {
    sink.error("invalid-pagination", "#/paths", `pagination.${id}: no operation has this operationId`, "config");
  }
}

/** A `names` or `typeNames` key that matches nothing is most likely a typo: the rename it asked for did not happen. */
function checkOverrideKeys(options: ModelOptions, operationIds: string[], schemaKeys: string[], sink: DiagnosticSink): void {
  const ids = new Set(operationIds);
  const keys = new Set(schemaKeys);
  for (const id of Object.keys(options.names ?? {}).filter((key) => !ids.has(key)).sort()) {
    sink.warn("unknown-name-override", "#/paths", `names.${id}: no operation has this operationId`, "config");
  }
  for (const key of Object.keys(options.typeNames ?? {}).filter((name) => !keys.has(name)).sort()) {
    sink.warn("unknown-name-override", "#/components/schemas", `typeNames.${key}: no component schema has this name`, "config");
  }
}

function toResources(groups: Map<string, Operation[]>, rename: (op: Operation) => Operation): Resource[] {
  const properties = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files = resourceFileNames(properties);
  return properties.map((property, i) => ({
    property,
    className: resourceClassName(property),
    file: files[i] as string,
    operations: (groups.get(property) ?? []).map(rename),
  }));
}

/** Applies --strict and aborts on errors, so a model that exists is always usable. */
function finish(items: Diagnostic[], strict: boolean): Diagnostic[] {
  // One broken $ref is met by the document check and by schema conversion, worded alike.
  const seen = new Set<string>();
  const unique = items.filter((d) => {
    const key = JSON.stringify([d.severity, d.code, d.pointer, d.message]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
  const diagnostics = strict ? strictened(unique) : unique;
  if (diagnostics.some((d) => d.severity === "error")) throw new ModelError(diagnostics);
  return diagnostics;
}
