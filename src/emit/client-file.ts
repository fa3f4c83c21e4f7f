import type { ClassDeclarationStructure, ExportDeclarationStructure } from "ts-morph";
import { StructureKind } from "./ts-morph.js";
import type { ApiModel, NamedType, Resource, SecurityScheme } from "../model/ir.js";
import { jsDocText, objectLiteralKey, stringLiteral } from "./escape.js";
import { validatorConstant } from "./client-validator.js";
import type { Statement } from "./source-file.js";
import { namedImport, resourceModule, RUNTIME } from "./imports.js";
import { jsDocs } from "./jsdoc.js";
import { literalText, type ObjectLiteral } from "./literal.js";
import { operationArguments, overloads, type Argument } from "./operation-signature.js";
import { operationDocs } from "./operations-file.js";
import { unshadowedArgument } from "../model/signature-names.js";

/**
 * client.ts: the Core class (options, auth, transport), the full client class with one property per
 * resource and the validator it checks responses with; the resource classes, from their files.
 */
export function clientStatements(model: ApiModel): Statement[] {
  const classes = model.resources.map((r) => r.className).sort();
  return [
    ...model.resources.map((r) => namedImport(resourceModule(r), [r.className], false)).flat(),
    ...namedImport("./runtime/schema-interpreter.js", ["validateWith"], false),
    ...namedImport("./runtime/validate.js", ["responseChecker"], false),
    ...namedImport("./schemas.js", ["schemas"], false),
    ...namedImport(RUNTIME, ["APIClient", ...(Object.values(model.securitySchemes).some(isBasic) ? ["basicAuth"] : []), ...(model.defaultValidate === "warn" ? ["clientLogging"] : []), ...(hasSchemes(model) ? [] : ["withoutCredentials"])], false),
    ...namedImport(RUNTIME, ["ClientOptions", "Validator"], true),
    coreClass(model),
    clientClass(model),
    validatorConstant(model),
    ...(classes.length > 0 ? [{ kind: StructureKind.ExportDeclaration, namedExports: classes } satisfies ExportDeclarationStructure] : []),
  ];
}

/**
 * A resource's class: one method per operation, calling the operation's function. A method's return
 * type is left to inference: it is then the function's declared type itself, which tsc need not
 * compare with a second spelling of it, and the file is smaller.
 */
export function resourceClass(resource: Resource, types: ReadonlyMap<string, NamedType>): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: resource.className,
    isExported: true,
    docs: [`Operations of \`client.${resource.property}\`.`],
    properties: [{ name: "#client", type: "APIClient", isReadonly: true }],
    ctors: [{ parameters: [{ name: "client", type: "APIClient" }], statements: ["this.#client = client;"] }],
    methods: resource.operations.map((op) => {
      const declared = operationArguments(op);
      const args = declared.map((a) => ({ ...a, name: unshadowedArgument(a.name, op.fnName, declared.map((d) => d.name)) }));
      const parameters = (list: Argument[]) => list.map((a) => ({ name: a.name, type: a.type, hasQuestionToken: a.optional }));
      const docs = operationDocs(op, types);
      const signatures = overloads(op, args);
      return {
        name: op.method,
        ...(signatures.length > 0 ? { overloads: signatures.map((o) => ({ docs, parameters: parameters(o.args), returnType: o.returnType })) } : { docs }),
        parameters: parameters(args),
        statements: [`return ${op.fnName}(this.#client, ${args.map((a) => a.name).join(", ")});`],
      };
    }),
  };
}

/** The transport alone: what every flat function takes, without the resources, logging or validator. */
function coreClass(model: ApiModel): ClassDeclarationStructure {
  const config: ObjectLiteral = {
    entries: [
      ["clientName", stringLiteral(model.clientName)],
      ["defaultBaseURL", stringLiteral(model.servers[0] ?? "")],
      ["apiKeyEnvVar", stringLiteral(model.apiKeyEnvVar)],
      ["baseURLEnvVar", stringLiteral(model.baseURLEnvVar)],
      ["securitySchemes", { entries: Object.entries(model.securitySchemes).map(([n, s]) => [objectLiteralKey(n), schemeLiteral(s)]) }],
      ["validatorName", stringLiteral(model.validatorName)],
    ],
  };
  const summary = `${model.title} ${model.version}`.trim();
  return {
    kind: StructureKind.Class,
    name: model.coreName,
    isExported: true,
    extends: "APIClient",
    docs: [
      {
        description: jsDocText(
          `${summary}: options, auth and transport, without resources. Every flat function takes it, and a bundle holds only the functions it calls; logging and response validation come with the \`logging\` (\`clientLogging\`) and \`validator\` (\`${model.validatorName}\`) options.`,
        ),
      },
    ],
    ctors: [
      {
        parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }],
        statements: [`super(${hasSchemes(model) ? "options" : `withoutCredentials(options, ${stringLiteral(model.clientName)})`}, ${literalText(config)});`],
      },
    ],
  };
}

/**
 * The full client: the Core with one property per resource. The validator (the schema table and
 * its interpreter, about a third of a one-call bundle) is wired in only when the generator config
 * turns validation on, and logging, as for the Core, only with the `logging` option or a config
 * `validate: "warn"` (which warns through it); otherwise a caller who validates or logs passes them.
 */
function clientClass(model: ApiModel): ClassDeclarationStructure {
  const defaults = [
    ...(wiresValidator(model) ? [`validator: options.validator ?? ${model.validatorName}`] : []),
    ...(model.defaultValidate === "warn" ? ["logging: options.logging ?? clientLogging"] : []),
    ...(model.defaultValidate !== undefined ? [`validate: options.validate ?? ${stringLiteral(model.defaultValidate)}`] : []),
  ];
  return {
    kind: StructureKind.Class,
    name: model.clientName,
    isExported: true,
    isDefaultExport: false,
    extends: model.coreName,
    docs: jsDocs({ summary: `${model.title} ${model.version}`.trim(), ...(model.description ? { description: model.description } : {}) }),
    // Initialised where declared: they run right after the Core's constructor, and need no constructor of their own.
    properties: model.resources.map((r) => ({ name: r.property, type: r.className, isReadonly: true, initializer: `new ${r.className}(this)` })),
    ctors:
      defaults.length === 0
        ? []
        : [{ parameters: [{ name: "options", type: "ClientOptions", initializer: "{}" }], statements: [`super({ ...options, ${defaults.join(", ")} });`] }],
  };
}

function schemeLiteral(scheme: SecurityScheme): ObjectLiteral {
  const entries: ObjectLiteral["entries"] = Object.entries(scheme).map(([key, value]) => [key, stringLiteral(String(value))]);
  if (isBasic(scheme)) entries.push(["encode", "basicAuth"]);
  return { entries };
}

/** Whether the schema declares a security scheme; without one, the Core refuses credential options (the runtime's `withoutCredentials`). */
function hasSchemes(model: ApiModel): boolean {
  return Object.keys(model.securitySchemes).length > 0;
}

/** An HTTP basic scheme, whose credential the runtime's `basicAuth` writes (bundled only where one exists). */
function isBasic(scheme: SecurityScheme): boolean {
  return scheme.type === "http" && scheme.scheme.toLowerCase() === "basic";
}

/** Whether the generator config turned validation on, so the full client carries the validator. */
function wiresValidator(model: ApiModel): boolean {
  return model.defaultValidate === "warn" || model.defaultValidate === "throw";
}
