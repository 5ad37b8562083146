/**
 * Every error message a search can produce, in one place, so the parser
 * tests can check each one and the wording stays consistent.
 */

const q = (s: string): string => JSON.stringify(s);
const list = (xs: readonly string[]): string => xs.map(q).join(", ");

const MESSAGES_UNKNOWN = (name: string, similar: readonly string[]): string =>
  `Unknown field ${q(name)}${similar.length ? ` (field names are case-sensitive: did you mean ${list(similar)}?)` : ""}`;

export const MESSAGES = {
  unterminatedString: () => "Unterminated quoted string: add the closing \"",
  unterminatedField: () => "Unterminated field name: add the closing '",
  subsearch: () => "Subsearches in [ ] are not supported",
  badNumber: (text: string) => `${q(text)} is not a number; quote it or use a field name that starts with a letter`,
  unexpectedChar: (c: string) => `Unexpected character ${q(c)}`,
  tooLong: (length: number, max: number) => `The search is too long (${length} characters; at most ${max})`,
  emptyCommand: () => "Missing command after |",
  unknownCommand: (name: string, known: readonly string[]) => `Unknown command ${q(name)}. Supported commands: ${known.join(", ")}`,
  missing: (command: string, what: string) => `${command}: expected ${what}`,
  expected: (command: string, what: string, got: string) => `${command}: expected ${what}, found ${q(got)}`,
  optionValue: (command: string, key: string) => `${command}: ${key}= needs a value`,
  unknownOption: (command: string, key: string, known: readonly string[]) =>
    known.length ? `${command}: unknown option ${q(key)} (options: ${known.join(", ")})` : `${command}: takes no options, found ${q(key)}`,
  unexpectedArg: (command: string, value: string) => `${command}: unexpected ${q(value)}`,
  badCount: (command: string, what: string, value: string) => `${command}: ${what} must be a whole number, found ${q(value)}`,
  badBool: (command: string, option: string, value: string) => `${command}: ${option}= must be true or false, found ${q(value)}`,
  unmatchedClose: () => "Unmatched ): no ( before it",
  unclosedParen: () => "Missing ) to close this (",
  unexpectedToken: (value: string) => `Unexpected ${q(value)}`,
  operatorSides: (op: string) => `${op} needs something on both sides`,
  emptyGroup: () => "Empty parentheses",
  notNeedsTerm: () => "NOT needs a term after it",
  missingField: (op: string) => `${q(op)} needs a field name before it`,
  missingValue: (field: string, op: string) => `${field}${op} needs a value (use ${field}${op}"" for an empty one)`,
  onlyEquals: (name: string) => `${name} only supports =`,
  emptyIn: (field: string) => `${field} IN () needs at least one value`,
  missingOperator: (value: string) => `Expected an operator or a comma before ${q(value)}`,
  unknownFunction: (name: string) => `Unknown function ${q(name)}`,
  arity: (name: string, min: number, max: number, got: number) =>
    `${name}() takes ${min === max ? min : max >= 200 ? `at least ${min}` : `${min} to ${max}`} argument${max === 1 && min === 1 ? "" : "s"}, found ${got}`,
  needsCondition: () => "Expected a true/false condition here (a comparison, AND/OR/NOT, or a function such as match() or isnull())",
  needsValue: () => "Expected a value here, not a true/false condition; use if(condition, value1, value2)",
  badRegex: (pattern: string) => `Invalid regular expression ${q(pattern)}`,
  casePairs: () => "case() takes condition, value pairs",
  unknownField: (name: string, similar: readonly string[]) => MESSAGES_UNKNOWN(name, similar),
  unknownFieldInExpr: (name: string, similar: readonly string[]) =>
    `${MESSAGES_UNKNOWN(name, similar)}; in eval and where a bare word is a field name: quote text, e.g. ${q(name)}`,
  badTime: (field: string, text: string) => `${field}: ${q(text)} is not a time (use epoch seconds, -7d@d, 01/12/2026:00:00:00 or 2026-01-12T00:00:00Z)`,
  unknownStatsFunction: (command: string, name: string) =>
    `${command}: unknown function ${q(name)} (supported: count, dc, sum, avg, min, max, values, earliest, latest)`,
  statsNeedsField: (command: string, fn: string) => `${command}: ${fn}() needs a field, e.g. ${fn}(bytes)`,
  statsNeedsFunction: (command: string) => `${command}: expected a function such as count or dc(field)`,
  badSpan: (command: string, text: string) => `${command}: span=${text} is not a time span (use e.g. 30s, 5m, 1h, 1d, 1w, 1mon)`,
  badNumberSpan: (text: string) => `bin: span=${text} is not a positive number`,
  byOneField: (command: string) => `${command}: by takes one field`,
  needsFields: (command: string) => `${command}: expected at least one field`,
  renameAs: () => "rename: expected AS between the old and the new name",
  renameWildcards: (from: string, to: string) => `rename: ${q(from)} and ${q(to)} must have the same number of *`,
  evalAssign: () => "eval: expected field=expression",
  whereEmpty: () => "where: expected a condition",
  tooManyBuckets: (command: string, buckets: number) => `${command}: the span gives ${buckets} time buckets; use a larger span`,
  noTime: (command: string) => `${command}: the results have no _time field`,
  readFailed: (reason: string) => `Could not read a raw record: ${reason}`,
  cancelled: () => "Search cancelled",
  internal: (reason: string) => `Search failed: ${reason}`,
} as const;

export type MessageId = keyof typeof MESSAGES;
