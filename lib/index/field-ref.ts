/**
 * How a field name maps onto the table's storage, and how each core string
 * field is read off a NormalizedEvent (one small getter per field keeps the
 * property reads monomorphic on the ingest path).
 */
import { CORE_FIELDS } from "../cloudtrail/fields";
import type { NormalizedEvent } from "../cloudtrail/types";
import type { FieldInfo } from "../worker/protocol";
import type { CodeArray, HourColumn } from "./coded-column";
import type { NumberColumn } from "./number-column";
import type { StringColumn } from "./string-column";
import type { TimeColumn } from "./time-column";

/** A field resolved to its storage. */
export type FieldRef =
  | { kind: "string"; name: string; col: StringColumn }
  | { kind: "hour"; name: string; col: HourColumn }
  | { kind: "float"; name: string; col: NumberColumn }
  | { kind: "time"; name: string; col: TimeColumn }
  | { kind: "id"; name: string };

/** Read access to one column for detections and search: codes + dictionary, or numbers (NaN = absent). Arrays are views of the table: read-only, valid until the next append. */
export type ColumnView =
  | { kind: "string"; name: string; codes: CodeArray; dict: readonly string[] }
  | { kind: "number" | "time"; name: string; values: Float64Array };

type StringCoreName = Exclude<{ [K in keyof NormalizedEvent]: NormalizedEvent[K] extends string ? K : never }[keyof NormalizedEvent], "eventId">;

/** The getter of every core string field except eventId (which has its own store). */
export const STRING_GETTERS: Readonly<Record<StringCoreName, (e: NormalizedEvent) => string>> = {
  kind: (e) => e.kind,
  eventName: (e) => e.eventName,
  eventSource: (e) => e.eventSource,
  eventType: (e) => e.eventType,
  eventCategory: (e) => e.eventCategory,
  eventVersion: (e) => e.eventVersion,
  principal: (e) => e.principal,
  principalType: (e) => e.principalType,
  principalArn: (e) => e.principalArn,
  identityType: (e) => e.identityType,
  userName: (e) => e.userName,
  sessionName: (e) => e.sessionName,
  invokedBy: (e) => e.invokedBy,
  accessKeyId: (e) => e.accessKeyId,
  accountId: (e) => e.accountId,
  recipientAccountId: (e) => e.recipientAccountId,
  region: (e) => e.region,
  sourceIp: (e) => e.sourceIp,
  userAgent: (e) => e.userAgent,
  errorCode: (e) => e.errorCode,
  errorMessage: (e) => e.errorMessage,
  readOnly: (e) => e.readOnly,
  mfa: (e) => e.mfa,
  bucket: (e) => e.bucket,
  objectKey: (e) => e.objectKey,
  targetUser: (e) => e.targetUser,
  policyArn: (e) => e.policyArn,
  roleName: (e) => e.roleName,
};

/** Core string columns in catalogue order (eventId excluded): the column order of tables and batches. */
export const STRING_CORE: readonly StringCoreName[] = CORE_FIELDS.filter((f) => f.kind === "string" && f.name !== "eventId").map(
  (f) => f.name as StringCoreName,
);

/** The error for a field the table does not know. */
export function unknownField(name: string): Error {
  return new Error(`Unknown field "${name}"`);
}

/** The column view of a resolved field over the first `size` rows. */
export function columnView(ref: FieldRef, size: number): ColumnView {
  switch (ref.kind) {
    case "string":
      return { kind: "string", name: ref.name, codes: ref.col.codes.subarray(0, size), dict: ref.col.dict };
    case "time":
      return { kind: "time", name: ref.name, values: ref.col.values.subarray(0, size) };
    case "float":
      return { kind: "number", name: ref.name, values: ref.col.materialize(size) };
    case "hour": {
      const values = new Float64Array(size);
      for (let i = 0; i < size; i++) values[i] = ref.col.get(i);
      return { kind: "number", name: ref.name, values };
    }
    case "id":
      throw new Error(`Field "${ref.name}" has no column view; read it with eventId(row)`);
  }
}

/** FieldInfo of every core field (catalogue order), then of extra columns (by name). */
export function fieldInfos(refs: ReadonlyMap<string, FieldRef>, extras: ReadonlyMap<string, StringColumn | null>, size: number): FieldInfo[] {
  const out: FieldInfo[] = [];
  for (const f of CORE_FIELDS) {
    const ref = refs.get(f.name);
    const card = ref?.kind === "string" ? ref.col.distinct() : ref?.kind === "id" ? size : -1;
    out.push({ name: f.name, kind: f.kind, cardinality: f.kind === "string" ? card : -1 });
  }
  const named = [...extras].filter((e): e is [string, StringColumn] => e[1] !== null);
  named.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, col] of named) out.push({ name, kind: "string", cardinality: col.distinct() });
  return out;
}
