import type { ChangeKind } from "./change.js";

export const SECTIONS = ["Operations", "Parameters", "Request bodies", "Responses", "Schemas", "Fields", "Types", "Enum values", "Authentication"] as const;

export type Section = (typeof SECTIONS)[number];

/** The report section a change kind is listed under. */
export function sectionOf(kind: ChangeKind): Section {
  switch (kind) {
    case "operation-added":
    case "operation-removed":
    case "operation-renamed":
    case "operation-moved":
      return "Operations";
    case "parameter-added":
    case "parameter-removed":
    case "parameter-required":
    case "parameter-optional":
    case "parameter-renamed":
      return "Parameters";
    case "body-added":
    case "body-removed":
    case "body-required":
    case "body-optional":
    case "body-media-types-changed":
      return "Request bodies";
    case "status-added":
    case "status-removed":
      return "Responses";
    case "type-added":
    case "type-removed":
      return "Schemas";
    case "field-added":
    case "field-removed":
    case "field-required":
    case "field-optional":
      return "Fields";
    case "retyped":
    case "made-nullable":
    case "made-non-nullable":
      return "Types";
    case "enum-value-added":
    case "enum-value-removed":
      return "Enum values";
    case "scheme-added":
    case "scheme-removed":
    case "scheme-changed":
    case "security-changed":
    case "auth-optional-added":
    case "auth-optional-removed":
      return "Authentication";
    default:
      throw new Error(`unknown change kind: ${String(kind satisfies never)}`);
  }
}
