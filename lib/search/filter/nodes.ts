/**
 * Compiled base-search terms and how they combine. A term over an indexed
 * string or hour field becomes a lookup table over dictionary codes (so
 * matching runs once per distinct value); terms over several indexed fields
 * become row tests; anything that needs a raw record (a non-indexed path,
 * free text not found in the index) is three-valued: the index answers
 * true/false where it can and "unknown" sends the row to a raw read.
 */
import type { CodedColumn } from "../../index/coded-column";
import type { RawView } from "../raw-view";

/** 0 = no, 1 = yes, 2 = the raw record must decide. */
export type Tri = 0 | 1 | 2;

export type { RawView };

export type CNode =
  | { k: "const"; value: boolean }
  /** table[code] of an indexed coded column. */
  | { k: "table"; col: CodedColumn; table: Uint8Array }
  /** Event time in [start, end) ms. */
  | { k: "time"; times: Float64Array; start: number; end: number }
  | { k: "fn"; test: (row: number) => boolean }
  | { k: "mixed"; idx: (row: number) => Tri; raw: (row: number, rv: RawView) => boolean };

/** The node as a row test; only for nodes that never need a raw record. */
export function rowTest(n: Exclude<CNode, { k: "mixed" }>): (row: number) => boolean {
  switch (n.k) {
    case "const": {
      const v = n.value;
      return () => v;
    }
    case "table": {
      const { table } = n;
      const codes = n.col.codes;
      return (row) => table[codes[row]] === 1;
    }
    case "time": {
      const { times, start, end } = n;
      return (row) => times[row] >= start && times[row] < end;
    }
    case "fn":
      return n.test;
  }
}

function idxOf(n: CNode): (row: number) => Tri {
  if (n.k === "mixed") return n.idx;
  const test = rowTest(n);
  return (row) => (test(row) ? 1 : 0);
}

function rawOf(n: CNode): (row: number, rv: RawView) => boolean {
  if (n.k === "mixed") return n.raw;
  const test = rowTest(n);
  return (row) => test(row);
}

/** NOT of a node. */
export function negate(n: CNode): CNode {
  switch (n.k) {
    case "const":
      return { k: "const", value: !n.value };
    case "table": {
      const table = new Uint8Array(n.table.length);
      for (let c = 0; c < table.length; c++) table[c] = n.table[c] ^ 1;
      return { k: "table", col: n.col, table };
    }
    case "time":
    case "fn": {
      const test = rowTest(n);
      return { k: "fn", test: (row) => !test(row) };
    }
    case "mixed": {
      const { idx, raw } = n;
      return { k: "mixed", idx: (row) => { const v = idx(row); return v === 2 ? 2 : v === 1 ? 0 : 1; }, raw: (row, rv) => !raw(row, rv) };
    }
  }
}

/** AND or OR of nodes: constants fold, tables of the same column merge, indexed parts stay row tests. */
export function combine(kind: "and" | "or", items: CNode[]): CNode {
  const isAnd = kind === "and";
  const rest: CNode[] = [];
  const tables = new Map<CodedColumn, Uint8Array>();
  for (const it of items) {
    if (it.k === "const") {
      if (it.value !== isAnd) return it;
      continue;
    }
    if (it.k === "table") {
      const prev = tables.get(it.col);
      if (!prev) tables.set(it.col, it.table.slice());
      else for (let c = 0; c < prev.length; c++) prev[c] = isAnd ? prev[c] & (it.table[c] ?? 0) : prev[c] | (it.table[c] ?? 0);
      continue;
    }
    rest.push(it);
  }
  for (const [col, table] of tables) rest.unshift({ k: "table", col, table });
  if (rest.length === 0) return { k: "const", value: isAnd };
  if (rest.length === 1) return rest[0];
  if (rest.every((r) => r.k !== "mixed")) {
    const tests = rest.map((r) => rowTest(r as Exclude<CNode, { k: "mixed" }>));
    return { k: "fn", test: isAnd ? (row) => tests.every((t) => t(row)) : (row) => tests.some((t) => t(row)) };
  }
  const idxs = rest.map(idxOf);
  const raws = rest.map(rawOf);
  if (isAnd) {
    return {
      k: "mixed",
      idx: (row) => {
        let r: Tri = 1;
        for (const f of idxs) {
          const v = f(row);
          if (v === 0) return 0;
          if (v === 2) r = 2;
        }
        return r;
      },
      raw: (row, rv) => raws.every((f) => f(row, rv)),
    };
  }
  return {
    k: "mixed",
    idx: (row) => {
      let r: Tri = 0;
      for (const f of idxs) {
        const v = f(row);
        if (v === 1) return 1;
        if (v === 2) r = 2;
      }
      return r;
    },
    raw: (row, rv) => raws.some((f) => f(row, rv)),
  };
}
