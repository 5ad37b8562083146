"use client";
/** One-line mounts of the notes of a principal, a bucket or an event record (stable targets, so the lists memoise). */
import { useMemo } from "react";
import type { CellValue } from "../../lib/index/types";
import { eventTargetOf } from "./note-model";
import { TargetNotes } from "./target-notes";

/** Notes on principal `name`. */
export function PrincipalNotes({ name }: { name: string }) {
  const target = useMemo(() => ({ kind: "principal" as const, principal: name }), [name]);
  // Keyed: an open editor must not carry its text over to another principal.
  return <TargetNotes key={name} target={target} />;
}

/** Notes on bucket `name`. */
export function BucketNotes({ name }: { name: string }) {
  const target = useMemo(() => ({ kind: "bucket" as const, bucket: name }), [name]);
  return <TargetNotes key={name} target={target} />;
}

/** Notes on the event whose normalised fields are `fields` (nothing when it has no eventID to pin to). */
export function EventNotes({ fields }: { fields: { readonly [name: string]: CellValue | undefined } }) {
  const id = Object.hasOwn(fields, "eventId") ? fields.eventId : undefined;
  const time = Object.hasOwn(fields, "time") ? fields.time : undefined;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const target = useMemo(() => eventTargetOf(fields), [id, time]);
  // Keyed by the event: moving the selection (↑/↓) must not save an open draft on the next event.
  return target ? <TargetNotes key={target.kind === "event" ? target.eventId : ""} target={target} /> : null;
}
