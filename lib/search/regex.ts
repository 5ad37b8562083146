/**
 * Regular expressions as Splunk users write them (PCRE): compiled once per
 * pattern, with a leading `(?i)` turned into JavaScript's `i` flag. Also
 * IPv4 CIDR matching for cidrmatch().
 */

const cache = new Map<string, RegExp | null>();
const MAX_CACHE = 256;

/** The compiled pattern, or null when it is not a valid regular expression. */
export function regexOf(pattern: string, extraFlags = ""): RegExp | null {
  const key = `${extraFlags}/${pattern}`;
  if (cache.has(key)) {
    const r = cache.get(key) ?? null;
    if (r) r.lastIndex = 0;
    return r;
  }
  let flags = extraFlags;
  let body = pattern;
  const inline = /^\(\?([imsx]+)\)/.exec(body);
  if (inline) {
    body = body.slice(inline[0].length);
    for (const f of inline[1]) if (f !== "x" && !flags.includes(f)) flags += f;
  }
  let re: RegExp | null;
  try {
    re = new RegExp(body, flags);
  } catch {
    re = null;
  }
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
  cache.set(key, re);
  return re;
}

function ipv4(s: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s.trim());
  if (!m) return null;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const b = Number(m[i]);
    if (b > 255) return null;
    n = n * 256 + b;
  }
  return n;
}

/** Whether an IPv4 address lies in a CIDR block such as 10.10.0.0/16. */
export function cidrTest(cidr: string, ip: string): boolean {
  const [base, bitsText] = cidr.split("/");
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const a = ipv4(base);
  const b = ipv4(ip);
  if (a === null || b === null || !(bits >= 0 && bits <= 32)) return false;
  const size = 2 ** (32 - bits);
  return Math.floor(a / size) === Math.floor(b / size);
}
