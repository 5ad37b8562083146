import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8 } from "../testing/factory";
import { DocumentScanner, type ScanSink } from "./document-scanner";

const KEYS = new Set(["Records", "Events"]);

interface Seen {
  elements: { text: string; offset: number; line: number; index: number; container: string }[];
  errors: { message: string; line: number; index: number; container: string }[];
}

/** Scans `text` fed in `chunk`-byte pieces and returns what the sink saw. */
function scan(text: string, chunk = 1 << 16, base = 0): Seen {
  const seen: Seen = { elements: [], errors: [] };
  const decoder = new TextDecoder();
  const sink: ScanSink = {
    element: (bytes, offset, line, index, container) => seen.elements.push({ text: decoder.decode(bytes), offset, line, index, container }),
    error: (message, line, index, container) => seen.errors.push({ message, line, index, container }),
  };
  const s = new DocumentScanner(sink, KEYS, base);
  const bytes = utf8(text);
  for (let i = 0; i < bytes.length; i += chunk) s.push(bytes.subarray(i, i + chunk));
  s.finish();
  return seen;
}

describe("DocumentScanner", () => {
  it("cuts a Records file into its records with offsets and lines", () => {
    const text = '{\n  "Records": [\n    {"a": "}{"},\n    {"b": [1, {"c": "\\"]"}]}\n  ]\n}\n';
    const seen = scan(text, 1 << 16, 100);
    expect(seen.errors).toEqual([]);
    expect(seen.elements).toEqual([
      { text: '{"a": "}{"}', offset: 100 + text.indexOf('{"a"'), line: 3, index: 0, container: "Records" },
      { text: '{"b": [1, {"c": "\\"]"}]}', offset: 100 + text.indexOf('{"b"'), line: 4, index: 1, container: "Records" },
    ]);
  });

  it("finds the container key after other keys and ignores keys after it", () => {
    const seen = scan('{"NextToken": null, "Events": [{"x": 1}], "Other": [{"y": 2}]}');
    expect(seen.elements.map((e) => [e.text, e.container])).toEqual([['{"x": 1}', "Events"]]);
  });

  it("reads a top-level array, concatenated objects and scalars", () => {
    expect(scan('[{"a":1}, {"b":2}]').elements.map((e) => [e.text, e.index, e.container])).toEqual([
      ['{"a":1}', 0, "["],
      ['{"b":2}', 1, "["],
    ]);
    expect(scan('{"a":1}\n{\n "b": 2\n}{"c":3}').elements.map((e) => [e.text, e.line, e.index])).toEqual([
      ['{"a":1}', 1, 0],
      ['{\n "b": 2\n}', 2, 1],
      ['{"c":3}', 4, 2],
    ]);
    expect(scan('[1, "x,]", true]\n7\n8').elements.map((e) => e.text)).toEqual(["1", '"x,]"', "true", "7", "8"]);
  });

  it("keeps going after a record whose brace is missing (AWS's BadJsonFormat shape)", () => {
    const text = ['{"Records": [', '  {"u": {"t": 1,', '   "v": 2', "  },", '  {"ok": true}', "]}"].join("\n");
    const seen = scan(text);
    expect(seen.errors).toEqual([{ message: "malformed JSON: expected a property name in double quotes, found '{'", line: 5, index: 0, container: "Records" }]);
    expect(seen.elements.map((e) => [e.text, e.index, e.line])).toEqual([['{"ok": true}', 1, 5]]);
  });

  it("reports a line break inside a string and resumes at the next object", () => {
    const text = '[{"a": "no end\n}, {"b": 1}]';
    const seen = scan(text);
    expect(seen.errors).toEqual([{ message: "malformed JSON: line break inside a string (a missing closing quote?)", line: 1, index: 0, container: "[" }]);
    expect(seen.elements.map((e) => [e.text, e.index, e.line])).toEqual([['{"b": 1}', 1, 2]]);
  });

  it("reports a truncated file", () => {
    const seen = scan('{"Records": [{"a": 1}, {"b": ');
    expect(seen.elements.map((e) => e.text)).toEqual(['{"a": 1}']);
    expect(seen.errors).toEqual([{ message: "the file ends inside this value (is it truncated?)", line: 1, index: 1, container: "Records" }]);
    expect(scan('{"Records": [{"a": 1}').errors).toEqual([{ message: "the file ends with 2 unclosed brackets (is it truncated?)", line: 1, index: -1, container: "Records" }]);
  });

  it("reports a stray closing bracket between elements", () => {
    const seen = scan('{"a":1}}\n{"b":2}');
    expect(seen.elements.map((e) => e.text)).toEqual(['{"a":1}', '{"b":2}']);
    expect(seen.errors).toEqual([{ message: "malformed JSON: unexpected '}'", line: 1, index: -1, container: "" }]);
  });

  it("gives the same result for every chunking", () => {
    const text = '{"Records": [{"a": "x\\\\"}, {"b": {"c": ["]", "}"]}}, 5, "s"]}\n[{"d": 1}]\n{"e": "\\u00e9\u00e9"}';
    const whole = scan(text);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (chunk) => {
        expect(scan(text, chunk)).toEqual(whole);
      }),
    );
    expect(whole.elements.map((e) => e.text)).toEqual(['{"a": "x\\\\"}', '{"b": {"c": ["]", "}"]}}', "5", '"s"', '{"d": 1}', '{"e": "\\u00e9\u00e9"}']);
  });

  it("handles long strings with escapes anywhere, split anywhere", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom("a", "\\", '"', "\n", "{", "]", "é", "x".repeat(40)), maxLength: 30 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 50 }), (strings, chunk) => {
        const text = JSON.stringify({ Records: strings.map((s) => ({ s })) });
        const seen = scan(text, chunk);
        expect(seen.errors).toEqual([]);
        expect(seen.elements.map((e) => JSON.parse(e.text).s)).toEqual(strings);
      }),
      { numRuns: 300 },
    );
  });

  it("finds every element of random JSON arrays", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 })), fc.integer({ min: 1, max: 64 }), (values, chunk) => {
        const text = JSON.stringify({ Records: values }, null, 1);
        const seen = scan(text, chunk);
        expect(seen.errors).toEqual([]);
        expect(seen.elements.map((e) => JSON.parse(e.text))).toEqual(JSON.parse(JSON.stringify(values)));
      }),
      { numRuns: 300 },
    );
  });
});
