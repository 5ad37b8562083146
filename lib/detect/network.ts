/**
 * Reading network openings out of EC2 requests: CIDR ranges open to the whole
 * internet and the ports a rule covers, whatever shape the request took
 * (legacy cidrIp, ipPermissions items, ModifySecurityGroupRules).
 */
import type { Json } from "../cloudtrail/types";
import { stringsUnderKeys } from "./raw";

/** Any range with a /0 prefix covers every address, whatever address is written before it (anonymised logs keep the /0). */
export function isWorldCidr(cidr: string): boolean {
  return /^[0-9a-fA-F.:]+\/0$/.test(cidr.trim());
}

/** The world-open ranges anywhere in a request (keys containing "cidr"). */
export function worldCidrs(requestParameters: Json | undefined): string[] {
  return [...new Set(stringsUnderKeys(requestParameters, "cidr").filter(isWorldCidr))];
}

/** Ports an attacker wants reachable: remote shells and desktops, databases, caches, search, container and file sharing. */
export const SENSITIVE_PORTS: ReadonlySet<number> = new Set([21, 22, 23, 135, 139, 445, 1433, 1521, 2375, 2376, 3306, 3389, 5432, 5601, 5900, 6379, 9200, 11211, 27017]);

/** The port range of a request: [from, to], or null for all ports (protocol -1 or no ports given). */
export function portRange(requestParameters: Json | undefined): [number, number] | null {
  const nums = (key: string) => collectNumbers(requestParameters, key);
  const from = nums("fromport");
  const to = nums("toport");
  const protocols = stringsUnderKeys(requestParameters, "protocol");
  if (protocols.includes("-1") || from.length === 0) return null;
  const lo = Math.min(...from);
  const hi = Math.max(...(to.length ? to : from));
  return lo <= 0 && hi >= 65535 ? null : [lo, hi];
}

function collectNumbers(v: Json | undefined, key: string, out: number[] = [], depth = 0): number[] {
  if (depth > 12 || v === null || typeof v !== "object") return out;
  if (Array.isArray(v)) {
    for (const x of v) collectNumbers(x, key, out, depth + 1);
    return out;
  }
  for (const k of Object.keys(v)) {
    const x = v[k];
    if (k.toLowerCase() === key && (typeof x === "number" || (typeof x === "string" && /^-?\d+$/.test(x)))) out.push(Number(x));
    else collectNumbers(x, key, out, depth + 1);
  }
  return out;
}

/** Whether a port range includes a sensitive port (all ports do). */
export function exposesSensitivePort(range: [number, number] | null): boolean {
  if (range === null) return true;
  for (const p of SENSITIVE_PORTS) if (p >= range[0] && p <= range[1]) return true;
  return false;
}

/** "port 22", "ports 1000–2000", "all ports" */
export function fmtPorts(range: [number, number] | null): string {
  if (range === null) return "all ports";
  return range[0] === range[1] ? `port ${range[0]}` : `ports ${range[0]}–${range[1]}`;
}
