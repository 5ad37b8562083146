/**
 * The shape of an input format module. A format says how sure it is that a
 * file's first bytes are its own, and how to get the CloudTrail record out of
 * one element (a line, an array element, or a whole JSON value).
 */
import type { Json, JsonObject } from "../types";

/** How a file is cut into elements: one JSON value per line, or JSON values (arrays, objects) of any layout. */
export type Framing = "lines" | "document";

/** What detection sees of a file: the first bytes, already cut into framing and first element. */
export interface Head {
  path: string;
  framing: Framing;
  /**
   * Document framing: the key of the top-level array holding the elements
   * ("Records", "Events"), "[" for a top-level array, "" when each top-level
   * value is an element. Always "" for lines.
   */
  container: string;
  /** The first element (for lines: the first line that parses), when it lies complete within the head. */
  first: Json | undefined;
  /** The head decoded as text. */
  text: string;
}

/** What one element holds. */
export type Unwrapped =
  | {
      kind: "record";
      record: JsonObject;
      /** Top-level keys a wrapper added to the record (not the record's own extras). */
      ignoreExtras?: ReadonlySet<string>;
    }
  | { kind: "skip"; reason: string }
  | { kind: "error"; message: string };

export interface InputFormat {
  /** Stable id, shown in file reports. */
  id: string;
  /** What the format is, for people. */
  label: string;
  framings: readonly Framing[];
  /** Keys of a top-level object whose array holds this format's elements. */
  containerKeys?: readonly string[];
  /** 0..1: how sure this format is that the head is its own. */
  detect(head: Head): number;
  /** The record in one element, or null when the element is not this format's shape. */
  unwrap(value: Json): Unwrapped | null;
}
