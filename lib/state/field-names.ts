/**
 * Which field names the UI accepts from untrusted places (URL, the worker's
 * field list built from record keys): canonical names and dotted CloudTrail
 * paths. Anything else (e.g. "__proto__", names with separators the URL
 * format uses) is refused, so a name can safely key a column or a request.
 */
import { CORE_FIELDS, coreField, type FieldKind } from "../cloudtrail/fields";

const SAFE_FIELD = /^[A-Za-z][A-Za-z0-9_.-]{0,199}$/;

/** True for a name the UI may use as a field. */
export function isSafeFieldName(name: string): boolean {
  return SAFE_FIELD.test(name);
}

/** The UI label of a field: the catalogue's label for core fields, else the path itself. */
export function fieldLabel(name: string): string {
  return coreField(name)?.label ?? name;
}

/** The kind of a field: the catalogue's kind, else "string" (extras are strings). */
export function fieldKind(name: string): FieldKind {
  return coreField(name)?.kind ?? "string";
}

/** Canonical names of every core field, in catalogue order. */
export const CORE_FIELD_NAMES: readonly string[] = CORE_FIELDS.map((f) => f.name);
