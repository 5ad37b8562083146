/**
 * "Send to search": the SPL term that finds a value, and the link that runs
 * it on /search. Values are attacker-controlled text, so they are always
 * quoted and escaped (`\"`, `\\`); a quoted value cannot end the term, add
 * a pipe or start a command. Two SPL rules make the search a superset of
 * the exact value: `=` is case-insensitive, and `*` stays a wildcard inside
 * quotes (SPL has no escape for it).
 */
import { coreField } from "../../lib/cloudtrail/fields";
import { isSafeFieldName } from "../../lib/state/field-names";
import { hrefFor, type UrlState } from "../../lib/state/url-state";

/** A value as SPL text: a double-quoted string with `"` and `\` escaped. */
export function quoteSpl(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The name a search uses for a field: the CloudTrail path Splunk users know when there is one, else the name itself. */
export function splFieldName(field: string): string {
  const core = coreField(field);
  return core?.aliases[0] ?? field;
}

/**
 * The term that finds `value` in `field` (a canonical index name such as
 * `principal`, a CloudTrail path or an extra field), or null when the field
 * name cannot be written safely. "" (the field is absent) becomes `field=""`;
 * a time becomes the second it falls in.
 */
export function searchTermFor(field: string, value: string): string | null {
  if (!isSafeFieldName(field) && field !== "_time") return null;
  if (field === "time" || field === "_time") {
    const ms = Number(value);
    if (value.trim() === "" || !Number.isFinite(ms)) return null;
    const s = Math.floor(ms / 1000);
    return `earliest=${s} latest=${s + 1}`;
  }
  return `${splFieldName(field)}=${quoteSpl(value)}`;
}

/** The link that runs `query` on /search, keeping the filters and settings of `state`. */
export function searchHref(state: UrlState, query: string): string {
  return hrefFor("/search", { ...state, searchQuery: query });
}
