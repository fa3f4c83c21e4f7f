/** One difference between two API models, as a client user sees it. */
export interface Change {
  kind: ChangeKind;
  /** Where: `Connection.type`, `POST /api/v1/sources/ body.account_name`, `securitySchemes.ApiKeyAuth`. */
  location: string;
  breaking: boolean;
  description: string;
  old?: string;
  new?: string;
}

export interface ApiDiff {
  summary: { breaking: number; nonBreaking: number };
  changes: Change[];
}

/** Closed: the renderers and the section table switch over every kind. */
export type ChangeKind =
  | "operation-added"
  | "operation-removed"
  | "operation-renamed"
  | "operation-moved"
  | "parameter-added"
  | "parameter-removed"
  | "parameter-required"
  | "parameter-optional"
  | "parameter-renamed"
  | "body-added"
  | "body-removed"
  | "body-required"
  | "body-optional"
  | "body-media-types-changed"
  | "type-added"
  | "type-removed"
  | "field-added"
  | "field-removed"
  | "field-required"
  | "field-optional"
  | "retyped"
  | "made-nullable"
  | "made-non-nullable"
  | "enum-value-added"
  | "enum-value-removed"
  | "status-added"
  | "status-removed"
  | "scheme-added"
  | "scheme-removed"
  | "scheme-changed"
  | "security-changed"
  | "auth-optional-added"
  | "auth-optional-removed";

/** Receives changes as the comparers find them. */
export type ChangeSink = (change: Change) => void;

/** A change with old/new only when given, so JSON output carries no `undefined` keys. */
export function change(kind: ChangeKind, location: string, breaking: boolean, description: string, values: { old?: string; new?: string } = {}): Change {
  const result: Change = { kind, location, breaking, description };
  if (values.old !== undefined) result.old = values.old;
  if (values.new !== undefined) result.new = values.new;
  return result;
}
