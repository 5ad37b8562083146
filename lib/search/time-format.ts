/**
 * strftime/strptime with Splunk's (C library) format variables, in UTC.
 * Times are epoch seconds, as in Splunk's eval.
 */

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** ISO text of an epoch-ms event time as CloudTrail writes it (seconds precision unless there are milliseconds). */
export function isoTime(ms: number): string | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  const iso = new Date(ms).toISOString();
  return ms % 1000 === 0 ? `${iso.slice(0, 19)}Z` : iso;
}

const pad = (n: number, w = 2, c = "0"): string => String(n).padStart(w, c);

/** Format variables that depend on the hour of day only (and literals). */
const HOUR_ONLY = new Set(["H", "k", "I", "l", "p", "%"]);

const GRANULARITY_MS: Record<string, number> = {};
for (const c of "YyCmdejaAbBhwuVGUFD") GRANULARITY_MS[c] = 86_400_000;
for (const c of "HkIlp") GRANULARITY_MS[c] = 3_600_000;
for (const c of "MR") GRANULARITY_MS[c] = 60_000;
for (const c of "STcs") GRANULARITY_MS[c] = 1000;
for (const c of "Zz%nt") GRANULARITY_MS[c] = Infinity;

/** The coarsest time step a format cannot tell apart (1 day for "%Y-%m-%d"), null when it shows fractions of a second or unknown variables. */
export function formatGranularityMs(fmt: string): number | null {
  let g = Infinity;
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== "%") continue;
    const step = GRANULARITY_MS[fmt[++i] ?? ""];
    if (step === undefined) return null;
    g = Math.min(g, step);
  }
  return g;
}

/** Whether a format only reads the hour of day (so it can be computed per hour, not per event). */
export function isHourOnlyFormat(fmt: string): boolean {
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== "%") continue;
    const c = fmt[++i];
    if (c === undefined || !HOUR_ONLY.has(c)) return false;
  }
  return true;
}

function isoWeek(d: Date): { year: number; week: number } {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return { year: t.getUTCFullYear(), week: Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7) };
}

/** Formats epoch seconds with a strftime format, in UTC; null when the time is not finite. */
export function strftime(seconds: number, fmt: string): string | null {
  if (!Number.isFinite(seconds)) return null;
  const ms = seconds * 1000;
  const d = new Date(Math.floor(ms));
  if (Number.isNaN(d.getTime())) return null;
  const Y = d.getUTCFullYear();
  const H = d.getUTCHours();
  const frac = ms - Math.floor(ms / 1000) * 1000;
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== "%" || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    let c = fmt[++i];
    let digits = 0;
    if (/[1-9]/.test(c) && (fmt[i + 1] === "N" || fmt[i + 1] === "Q")) {
      digits = Number(c);
      c = fmt[++i];
    }
    switch (c) {
      case "Y": out += Y; break;
      case "y": out += pad(Y % 100); break;
      case "C": out += pad(Math.floor(Y / 100)); break;
      case "m": out += pad(d.getUTCMonth() + 1); break;
      case "d": out += pad(d.getUTCDate()); break;
      case "e": out += pad(d.getUTCDate(), 2, " "); break;
      case "j": out += pad(Math.floor((Date.UTC(Y, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(Y, 0, 1)) / 86_400_000) + 1, 3); break;
      case "H": out += pad(H); break;
      case "k": out += pad(H, 2, " "); break;
      case "I": out += pad(H % 12 || 12); break;
      case "l": out += pad(H % 12 || 12, 2, " "); break;
      case "M": out += pad(d.getUTCMinutes()); break;
      case "S": out += pad(d.getUTCSeconds()); break;
      case "p": out += H < 12 ? "AM" : "PM"; break;
      case "a": out += DAYS[d.getUTCDay()].slice(0, 3); break;
      case "A": out += DAYS[d.getUTCDay()]; break;
      case "b": case "h": out += MONTHS[d.getUTCMonth()].slice(0, 3); break;
      case "B": out += MONTHS[d.getUTCMonth()]; break;
      case "w": out += d.getUTCDay(); break;
      case "u": out += d.getUTCDay() || 7; break;
      case "V": out += pad(isoWeek(d).week); break;
      case "G": out += isoWeek(d).year; break;
      case "U": {
        const jan1 = Date.UTC(Y, 0, 1);
        const yday = Math.floor((d.getTime() - jan1) / 86_400_000);
        out += pad(Math.floor((yday + new Date(jan1).getUTCDay()) / 7));
        break;
      }
      case "Z": out += "UTC"; break;
      case "z": out += "+0000"; break;
      case "s": out += Math.floor(seconds); break;
      case "F": out += `${Y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`; break;
      case "T": out += `${pad(H)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`; break;
      case "R": out += `${pad(H)}:${pad(d.getUTCMinutes())}`; break;
      case "D": out += `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${pad(Y % 100)}`; break;
      case "c": out += `${DAYS[d.getUTCDay()].slice(0, 3)} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${pad(d.getUTCDate(), 2, " ")} ${pad(H)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${Y}`; break;
      case "N": case "Q": {
        const n = digits || (c === "N" ? 9 : 3);
        out += String(Math.floor(frac * 1e6)).padStart(9, "0").slice(0, n);
        break;
      }
      case "f": out += String(Math.floor(frac * 1000)).padStart(6, "0"); break;
      case "n": out += "\n"; break;
      case "t": out += "\t"; break;
      case "%": out += "%"; break;
      default: out += `%${c}`;
    }
  }
  return out;
}

interface Parts {
  Y: number; m: number; d: number; H: number; M: number; S: number; frac: number; pm: boolean | null; offset: number; epoch: number | null; yday: number | null;
}

const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase()) && name.length >= 3);

/** Parses a time text with a strptime format (UTC unless the text names an offset); epoch seconds, or null when it does not match. */
export function strptime(text: string, fmt: string): number | null {
  const p: Parts = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0, frac: 0, pm: null, offset: 0, epoch: null, yday: null };
  let i = 0;
  const num = (maxDigits: number, allowSpace = false): number | null => {
    if (allowSpace) while (text[i] === " ") i++;
    const m = new RegExp(`^[+-]?\\d{1,${maxDigits}}`).exec(text.slice(i));
    if (!m) return null;
    i += m[0].length;
    return Number(m[0]);
  };
  for (let f = 0; f < fmt.length; f++) {
    const ch = fmt[f];
    if (ch !== "%") {
      if (/\s/.test(ch)) {
        while (/\s/.test(text[i] ?? "")) i++;
        continue;
      }
      if (text[i] !== ch) return null;
      i++;
      continue;
    }
    let c = fmt[++f];
    let digits = 0;
    if (/[1-9]/.test(c ?? "") && (fmt[f + 1] === "N" || fmt[f + 1] === "Q")) {
      digits = Number(c);
      c = fmt[++f];
    }
    let v: number | null = 0;
    switch (c) {
      case "Y": v = p.Y = num(4) ?? NaN; break;
      case "y": { v = num(2); if (v !== null) p.Y = v < 69 ? 2000 + v : 1900 + v; break; }
      case "m": v = p.m = num(2) ?? NaN; break;
      case "d": case "e": v = p.d = num(2, true) ?? NaN; break;
      case "j": v = p.yday = num(3); break;
      case "H": case "k": v = p.H = num(2, true) ?? NaN; break;
      case "I": case "l": v = p.H = num(2, true) ?? NaN; if (p.pm === null) p.pm = false; break;
      case "M": v = p.M = num(2) ?? NaN; break;
      case "S": v = p.S = num(2) ?? NaN; break;
      case "p": {
        const ap = text.slice(i, i + 2).toUpperCase();
        if (ap !== "AM" && ap !== "PM") return null;
        p.pm = ap === "PM";
        i += 2;
        break;
      }
      case "b": case "h": case "B": {
        const m = /^[A-Za-z]+/.exec(text.slice(i));
        const idx = m ? monthIndex(m[0]) : -1;
        if (idx < 0) return null;
        p.m = idx + 1;
        i += (m as RegExpExecArray)[0].length;
        break;
      }
      case "a": case "A": {
        const m = /^[A-Za-z]+/.exec(text.slice(i));
        if (!m) return null;
        i += m[0].length;
        break;
      }
      case "Z": {
        const m = /^(UTC|GMT|Z)/i.exec(text.slice(i));
        if (!m) return null;
        i += m[0].length;
        break;
      }
      case "z": {
        if (text[i] === "Z") { i++; break; }
        const m = /^([+-])(\d{2}):?(\d{2})/.exec(text.slice(i));
        if (!m) return null;
        p.offset = (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
        i += m[0].length;
        break;
      }
      case "s": { const m = /^-?\d+(\.\d+)?/.exec(text.slice(i)); if (!m) return null; p.epoch = Number(m[0]); i += m[0].length; break; }
      case "F": { const r = strptime(text.slice(i, i + 10), "%Y-%m-%d"); if (r === null) return null; const dd = new Date(r * 1000); p.Y = dd.getUTCFullYear(); p.m = dd.getUTCMonth() + 1; p.d = dd.getUTCDate(); i += 10; break; }
      case "T": { const m = /^(\d{1,2}):(\d{2}):(\d{2})/.exec(text.slice(i)); if (!m) return null; p.H = +m[1]; p.M = +m[2]; p.S = +m[3]; i += m[0].length; break; }
      case "N": case "Q": case "f": {
        const m = new RegExp(`^\\d{1,${digits || 9}}`).exec(text.slice(i));
        if (!m) return null;
        p.frac = Number(`0.${m[0]}`);
        i += m[0].length;
        break;
      }
      case "%": if (text[i] !== "%") return null; i++; break;
      default: return null;
    }
    if (v === null || Number.isNaN(v)) return null;
  }
  if (i !== text.length) return null;
  if (p.epoch !== null) return p.epoch;
  let H = p.H;
  if (p.pm !== null) {
    if (H < 1 || H > 12) return null;
    H = (H % 12) + (p.pm ? 12 : 0);
  }
  if (p.m < 1 || p.m > 12 || p.d < 1 || p.d > 31 || H > 23 || p.M > 59 || p.S > 60) return null;
  let ms = p.yday !== null ? Date.UTC(p.Y, 0, p.yday, H, p.M, p.S) : Date.UTC(p.Y, p.m - 1, p.d, H, p.M, p.S);
  if (p.yday === null && new Date(ms).getUTCDate() !== p.d) return null;
  ms -= p.offset * 60_000;
  return ms / 1000 + p.frac;
}
