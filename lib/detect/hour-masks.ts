/**
 * Hour-of-day bitmasks (bit h = activity in UTC hour h) per principal per
 * day and per account per day, built in one scan of the columns, for the
 * off-hours rule.
 */
import type { EventTable } from "../index/table";
import type { Activity } from "./activity";
import { DAY_MS, HOUR_MS } from "./rows";

export interface DayMasks {
  /** principal code → [day, mask] in day order (AWS services and calls made on a principal's behalf left out). */
  byPrincipal: Map<number, [number, number][]>;
  /** principal code → account code (accountId column) of its first call. */
  accountOf: Map<number, number>;
  /** OR of the account's masks over days before `day`, and how many such days had activity. */
  accountBefore(account: number, day: number): { mask: number; days: number };
}

/** Dense mask tables up to this many cells (4 bytes each); larger datasets use maps. */
const MAX_DENSE_CELLS = 1 << 22;

/** A (key, day) → mask table: a typed array when small (the common case, written inline in the scan), a map otherwise. */
interface MaskTable {
  dense: Uint32Array | null;
  sparse: Map<number, number>;
  days: number;
  firstDay: number;
}

function maskTable(keys: number, firstDay: number, days: number): MaskTable {
  return { dense: keys * days <= MAX_DENSE_CELLS ? new Uint32Array(keys * days) : null, sparse: new Map(), days, firstDay };
}

function orSparse(m: MaskTable, cell: number, bit: number): void {
  m.sparse.set(cell, (m.sparse.get(cell) ?? 0) | bit);
}

/** Every non-empty (key, day, mask) of a table. */
function eachCell(m: MaskTable, fn: (key: number, day: number, mask: number) => void): void {
  if (m.dense) {
    const cells = m.dense;
    for (let i = 0; i < cells.length; i++) if (cells[i] !== 0) fn(Math.floor(i / m.days), m.firstDay + (i % m.days), cells[i]);
  } else for (const [i, mask] of m.sparse) fn(Math.floor(i / m.days), m.firstDay + (i % m.days), mask);
}

/** Scans principal, accountId, invokedBy and time once. */
export function dayMasks(t: EventTable, act: Activity): DayMasks {
  const p = t.column("principal");
  const acc = t.column("accountId");
  const inv = t.column("invokedBy");
  if (p.kind !== "string" || acc.kind !== "string" || inv.kind !== "string") throw new Error("principal columns are not string columns");
  const range = t.timeRange();
  const firstDay = range ? Math.floor(range.start / DAY_MS) : 0;
  const days = range ? Math.floor(range.end / DAY_MS) - firstDay + 1 : 1;
  const times = t.times.values;
  const principals = maskTable(p.dict.length, firstDay, days);
  const accounts = maskTable(acc.dict.length, firstDay, days);
  const accountOf = new Map<number, number>();
  const n = t.size;
  const pd = principals.dense;
  const ad = accounts.dense;
  const pcodes = p.codes;
  const acodes = acc.codes;
  const icodes = inv.codes;
  const service = act.service;
  const firstAccount = new Int32Array(p.dict.length).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = pcodes[i];
    if (c === 0 || icodes[i] !== 0 || service[c]) continue;
    const ms = times[i];
    const day = Math.floor(ms / DAY_MS);
    const bit = 1 << Math.floor((ms - day * DAY_MS) / HOUR_MS);
    const a = acodes[i];
    const d = day - firstDay;
    if (pd) pd[c * days + d] |= bit;
    else orSparse(principals, c * days + d, bit);
    if (ad) ad[a * days + d] |= bit;
    else orSparse(accounts, a * days + d, bit);
    if (firstAccount[c] < 0) firstAccount[c] = a;
  }
  for (let c = 0; c < firstAccount.length; c++) if (firstAccount[c] >= 0) accountOf.set(c, firstAccount[c]);
  const byPrincipal = new Map<number, [number, number][]>();
  eachCell(principals, (c, day, mask) => {
    let list = byPrincipal.get(c);
    if (!list) byPrincipal.set(c, (list = []));
    list.push([day, mask]);
  });
  for (const list of byPrincipal.values()) list.sort((a, b) => a[0] - b[0]);
  // Prefix ORs per account, so "the account's hours before day d" is one binary search.
  const perAccount = new Map<number, [number, number][]>();
  eachCell(accounts, (a, day, mask) => {
    let list = perAccount.get(a);
    if (!list) perAccount.set(a, (list = []));
    list.push([day, mask]);
  });
  const prefix = new Map<number, { days: number[]; masks: number[] }>();
  for (const [a, list] of perAccount) {
    list.sort((x, y) => x[0] - y[0]);
    const masks: number[] = [];
    let m = 0;
    for (const [, mask] of list) masks.push((m |= mask));
    prefix.set(a, { days: list.map((d) => d[0]), masks });
  }
  return {
    byPrincipal,
    accountOf,
    accountBefore(account, day) {
      const pre = prefix.get(account);
      if (!pre) return { mask: 0, days: 0 };
      let lo = 0;
      let hi = pre.days.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pre.days[mid] < day) lo = mid + 1;
        else hi = mid;
      }
      return { mask: lo > 0 ? pre.masks[lo - 1] : 0, days: lo };
    },
  };
}

/** Hours within `margin` of a set hour, wrapping around midnight. */
export function widen(mask: number, margin: number): number {
  let out = mask;
  for (let k = 1; k <= margin; k++) out |= ((mask << k) | (mask >>> (24 - k))) & 0xffffff | ((mask >>> k) | (mask << (24 - k))) & 0xffffff;
  return out & 0xffffff;
}

/** "01:00–05:00" for each run of set hours (end exclusive). */
export function hourRanges(mask: number): string[] {
  const out: string[] = [];
  const hh = (h: number) => `${String(h % 24).padStart(2, "0")}:00`;
  for (let h = 0; h < 24; ) {
    if (!((mask >>> h) & 1)) {
      h++;
      continue;
    }
    let e = h;
    while (e < 24 && (mask >>> e) & 1) e++;
    out.push(`${hh(h)}–${hh(e)}`);
    h = e;
  }
  return out;
}
