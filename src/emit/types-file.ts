import type { InterfaceDeclarationStructure, TypeAliasDeclarationStructure } from "ts-morph";
import { StructureKind } from "./ts-morph.js";
import type { ApiModel, NamedType, Property } from "../model/ir.js";
import { typeMemberKey } from "./escape.js";
import { constraintsOf } from "./constraint-docs.js";
import { jsDocs, oneLineDocs } from "./jsdoc.js";
import { indexSignatureType, typeText } from "./type-text.js";

/** types.ts: one exported interface or alias per named type. */
export function typeStatements(model: ApiModel): (InterfaceDeclarationStructure | TypeAliasDeclarationStructure)[] {
  const types = new Map(model.types.map((t) => [t.name, t]));
  return model.types.map((t) => typeDeclaration(t, types));
}

type Types = ReadonlyMap<string, NamedType>;

function typeDeclaration(type: NamedType, types: Types): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const { schema } = type;
  const docs = oneLineDocs(jsDocs(type.doc, constraintsOf(schema, types)));
  if (schema.kind === "object") {
    const index = indexSignatureType(schema);
    return {
      kind: StructureKind.Interface,
      name: type.name,
      isExported: true,
      docs,
      properties: schema.properties.map((p) => property(p, types)),
      indexSignatures: index === undefined ? [] : [{ keyName: "key", keyType: "string", returnType: index }],
    };
  }
  return { kind: StructureKind.TypeAlias, name: type.name, isExported: true, docs, type: typeText(schema) };
}

function property(p: Property, types: Types) {
  return {
    name: typeMemberKey(p.wireName),
    hasQuestionToken: !p.required,
    type: typeText(p.schema),
    docs: oneLineDocs(jsDocs(p.doc, constraintsOf(p.schema, types))),
  };
}
