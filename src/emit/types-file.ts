import type { InterfaceDeclarationStructure, TypeAliasDeclarationStructure } from "ts-morph";
import { StructureKind } from "./ts-morph.js";
import type { ApiModel, NamedType, Property } from "../model/ir.js";
import { typeMemberKey } from "./escape.js";
import { jsDocs } from "./jsdoc.js";
import { indexSignatureType, typeText } from "./type-text.js";

/** types.ts: one exported interface or alias per named type. */
export function typeStatements(model: ApiModel): (InterfaceDeclarationStructure | TypeAliasDeclarationStructure)[] {
  return model.types.map(typeDeclaration);
}

function typeDeclaration(type: NamedType): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  const docs = jsDocs(type.doc);
  const { schema } = type;
  if (schema.kind === "object") {
    const index = indexSignatureType(schema);
    return {
      kind: StructureKind.Interface,
      name: type.name,
      isExported: true,
      docs,
      properties: schema.properties.map(property),
      indexSignatures: index === undefined ? [] : [{ keyName: "key", keyType: "string", returnType: index }],
    };
  }
  return { kind: StructureKind.TypeAlias, name: type.name, isExported: true, docs, type: typeText(schema) };
}

function property(p: Property) {
  return {
    name: typeMemberKey(p.wireName),
    hasQuestionToken: !p.required,
    type: typeText(p.schema),
    docs: jsDocs(p.doc),
  };
}
