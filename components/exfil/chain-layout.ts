/**
 * The exfil view's attack chain: a principal's correlated findings laid out
 * as steps along the time axis — persistence, privilege escalation,
 * discovery, collection and exfiltration, defense evasion — each with its
 * findings, time span and evidence rows. Listing a bucket before reading it
 * is discovery, even when the mass-download rule holds it as evidence.
 * Findings of other stages stay beside the chain. Pure, so it is tested
 * without a browser.
 */
import type { FindingChain } from "../../lib/detect/correlate";
import type { Finding, Stage } from "../../lib/detect/finding";

export type LaneId = "persistence" | "privilege-escalation" | "discovery" | "collection" | "defense-evasion" | "other";

/** The lanes in the order the chart stacks them. */
export const LANES: readonly { id: LaneId; label: string }[] = [
  { id: "persistence", label: "Persistence" },
  { id: "privilege-escalation", label: "Privilege escalation" },
  { id: "discovery", label: "Discovery" },
  { id: "collection", label: "Collection & exfiltration" },
  { id: "defense-evasion", label: "Defense evasion" },
  { id: "other", label: "Other findings" },
];

/** The lane of an ATT&CK stage. */
export function laneOf(stage: Stage): LaneId {
  switch (stage) {
    case "persistence":
    case "privilege-escalation":
    case "discovery":
    case "collection":
    case "defense-evasion":
      return stage;
    case "exfiltration":
      return "collection";
    default:
      return "other";
  }
}

/** A listing call found in collection evidence (ListBucket and friends), with its time. */
export interface ListingEvent {
  row: number;
  time: number;
  eventName: string;
  bucket: string;
}

export interface ChainStep {
  lane: LaneId;
  label: string;
  start: number;
  end: number;
  /** In time order. */
  findings: Finding[];
  /** Listing calls moved into discovery (empty elsewhere). */
  listings: ListingEvent[];
  /** Evidence row ids, ascending, unique. */
  rows: number[];
}

export interface ChainLayout {
  /** The chain's steps in time order (earliest start first), "other" excluded. */
  steps: ChainStep[];
  /** Findings of stages outside the chain's lanes, or null. */
  other: ChainStep | null;
}

function sortedUnique(rows: Iterable<number>): number[] {
  return [...new Set(rows)].sort((a, b) => a - b);
}

/** Lays out a chain's findings; `listings` are the listing calls among its collection evidence. */
export function layoutChain(findings: readonly Finding[], listings: readonly ListingEvent[]): ChainLayout {
  const listed = new Set(listings.map((l) => l.row));
  const byLane = new Map<LaneId, Finding[]>();
  for (const f of findings) {
    const lane = laneOf(f.stage);
    let list = byLane.get(lane);
    if (!list) byLane.set(lane, (list = []));
    list.push(f);
  }
  const steps: ChainStep[] = [];
  let other: ChainStep | null = null;
  for (const { id, label } of LANES) {
    const list = (byLane.get(id) ?? []).slice().sort((a, b) => a.start - b.start || a.end - b.end);
    const moved = id === "discovery" ? listings.slice().sort((a, b) => a.time - b.time) : [];
    if (list.length === 0 && moved.length === 0) continue;
    const rows = list.flatMap((f) => f.rows).filter((r) => id === "discovery" || !listed.has(r));
    const times = [...list.map((f) => f.start), ...moved.map((l) => l.time)];
    const ends = [...list.map((f) => f.end), ...moved.map((l) => l.time)];
    const step: ChainStep = { lane: id, label, start: Math.min(...times), end: Math.max(...ends), findings: list, listings: moved, rows: sortedUnique([...rows, ...moved.map((l) => l.row)]) };
    if (id === "other") other = step;
    else steps.push(step);
  }
  steps.sort((a, b) => a.start - b.start || LANES.findIndex((l) => l.id === a.lane) - LANES.findIndex((l) => l.id === b.lane));
  return { steps, other };
}

/** Rows of the chain's collection and exfiltration findings, ascending: where listings and taken files are looked for. */
export function collectionRows(findings: readonly Finding[]): Uint32Array {
  return Uint32Array.from(sortedUnique(findings.filter((f) => laneOf(f.stage) === "collection").flatMap((f) => f.rows)));
}

/** The identities the exfil statistics cover: the chain's principals and the users its persistence findings created. */
export function chainIdentities(chain: FindingChain): string[] {
  const made = chain.findings.filter((f) => f.stage === "persistence").flatMap((f) => f.entities.users ?? []);
  return [...new Set([chain.principal, ...chain.principals, ...made])].filter((p) => p !== "");
}

/**
 * The chain to show: the selected principal's own chain, else the chain it
 * belongs to (a backdoor user is part of its creator's), else — with nothing
 * selected — the most severe chain. null when the selection has no findings.
 */
export function pickChain(chains: readonly FindingChain[], selected: string | null): FindingChain | null {
  if (selected === null) return chains[0] ?? null;
  return chains.find((c) => c.principal === selected) ?? chains.find((c) => c.principals.includes(selected)) ?? null;
}
