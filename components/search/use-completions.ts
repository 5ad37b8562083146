"use client";
/**
 * Suggestions for the search bar: command names, the loaded data's field
 * names, and the most frequent values of the field being typed (the engine's
 * `groupBy`, asked once per field and dataset, then filtered as you type).
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { commandNames } from "../../lib/search/commands/registry";
import type { FieldInfo } from "../../lib/worker/protocol";
import { useEngine } from "../hooks/use-engine";
import { useAppStore } from "../state/store-provider";
import { completionAt, matchCandidates, type CompletionContext } from "./completion";
import { searchFieldNames, suggestsValues } from "./field-catalog";

/** How many distinct values of a field are fetched to complete from. */
const VALUES_FETCHED = 200;
const COMMANDS = commandNames();

export interface Completions {
  ctx: CompletionContext | null;
  items: string[];
  /** What the items are, for the list's label. */
  kind: "command" | "field" | "value" | null;
}

const NONE: Completions = { ctx: null, items: [], kind: null };

/** The top values of `field` in the loaded data (empty until fetched, or when the field has none). */
function useTopValues(field: string | null): string[] {
  const { client } = useEngine();
  const summary = useAppStore((s) => s.summary);
  const cache = useRef<{ summary: unknown; values: Map<string, string[]> }>({ summary: null, values: new Map() });
  const [, setVersion] = useState(0);
  if (cache.current.summary !== summary) cache.current = { summary, values: new Map() };
  const known = field === null ? [] : cache.current.values.get(field);

  useEffect(() => {
    if (!client || field === null || known !== undefined) return;
    const target = cache.current;
    target.values.set(field, []);
    client.call("groupBy", { spec: {}, fields: [field], limit: VALUES_FETCHED }).then(
      (g) => {
        target.values.set(field, g.keys.map((k) => k[0] ?? "").filter((v) => v !== ""));
        setVersion((n) => n + 1);
      },
      // No values to offer is not worth an error: the search itself still runs.
      () => undefined,
    );
  }, [client, field, known]);

  return known ?? [];
}

/** The suggestions at `caret` in `text` while `open`; `fields` is the engine's field list. */
export function useCompletions(text: string, caret: number, open: boolean, fields: readonly FieldInfo[]): Completions {
  const ctx = open ? completionAt(text, caret) : null;
  const names = useMemo(() => searchFieldNames(fields), [fields]);
  const valueField = ctx?.kind === "value" ? suggestsValues(ctx.field, fields) : null;
  const values = useTopValues(valueField);

  if (!ctx) return NONE;
  switch (ctx.kind) {
    case "command":
      return { ctx, kind: "command", items: matchCandidates(COMMANDS, ctx.prefix) };
    case "field":
      return { ctx, kind: "field", items: ctx.prefix === "" ? [] : matchCandidates(names, ctx.prefix) };
    case "value":
      return { ctx, kind: "value", items: valueField ? matchCandidates(values, ctx.prefix) : [] };
  }
}
