/** Free-text and key checks on raw records, directly and through a shared slice text. */
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { bytesView, lastKey, SliceText, textMatch, textPattern } from "./raw-view";

describe("free text on raw bytes", () => {
  it.each([
    ['{"userName":"svc-datasync"}', "svc-datasync", true],
    ['{"userName":"SVC-DataSync"}', "svc-datasync", true],
    ['{"userName":"svc-datasync"}', "SVC-DATASYNC", true],
    ['{"a":"sssvc-x"}', "svc-x", true],
    ['{"a":"svc-datasyn"}', "svc-datasync", false],
    ['{"a":"alpha","b":"omega"}', "alp*meg", true],
    ['{"a":"omega","b":"alpha"}', "alp*meg", false],
    ['{"a":"x"}', "*", true],
    ['{"k":"Grüße"}', "grüße", true],
    ["", "x", false],
  ])("%s contains %j: %s", (text, term, expected) => {
    const p = textPattern(term);
    expect(textMatch(text.toLowerCase(), p)).toBe(expected);
    expect(bytesView(strToU8(text), "jsonl").matches(p)).toBe(expected);
    // The same record inside a slice of other records, matched through the slice's shared text.
    const before = '{"other":"svc-datasync alpha omega"}\n';
    const slice = strToU8(`${before}${text}\n{"after":"svc-datasync"}`);
    const at = strToU8(before).length;
    expect(bytesView(slice.subarray(at, at + strToU8(text).length), "jsonl", new SliceText(slice), at).matches(p)).toBe(expected);
  });

  it.each([
    ['{"requestParameters":{"instanceType":"t3.micro"}}', "instanceType", true],
    ['{"requestParameters":{"bucketName":"b"}}', "instanceType", false],
    ['{"requestParameters":{"\\u0069nstanceType":"t3.micro"}}', "instanceType", true],
    ['{"a.key":1}', "key", true],
    ['{"x":1}', "we*ird", true],
  ])("%s may have key %s: %s", (text, key, expected) => {
    expect(bytesView(strToU8(text), "jsonl").mayHaveKey(key)).toBe(expected);
  });

  it.each([
    ["resources{}.ARN", "ARN"],
    ["requestParameters.instanceType", "instanceType"],
    ["tags{}", "tags"],
  ])("the last key of %s is %s", (path, key) => {
    expect(lastKey(path)).toBe(key);
  });
});
