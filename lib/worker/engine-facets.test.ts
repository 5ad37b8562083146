import { describe, expect, it } from "vitest";
import { channelDriver, directDriver } from "./test-harness";

const record = (i: number) => ({
  eventVersion: "1.08",
  userIdentity: { type: "IAMUser", arn: `arn:aws:iam::123456789012:user/u${i % 3}`, accountId: "123456789012", userName: `u${i % 3}` },
  eventTime: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  eventSource: i % 2 ? "s3.amazonaws.com" : "iam.amazonaws.com",
  eventName: i % 2 ? "GetObject" : "ListUsers",
  awsRegion: "us-east-1",
  sourceIPAddress: `10.0.0.${i % 4}`,
  eventID: `id-${i}`,
});

describe.each([["direct", directDriver], ["worker client", channelDriver]] as const)("facets (%s)", (_name, make) => {
  it("gives the same counts as one groupBy per field", async () => {
    const e = make();
    try {
      const file = new Blob([Array.from({ length: 40 }, (_, i) => JSON.stringify(record(i))).join("\n")]);
      await e.call("ingest", { jobId: 1, files: [{ path: "a.jsonl", file }] });
      const spec = { clauses: [{ field: "eventName", values: ["GetObject"] }] };
      const fields = ["principal", "sourceIp", "eventSource"];
      const facets = await e.call("facets", { spec, fields, limit: 2 });
      expect(facets).toHaveLength(3);
      for (const [i, f] of fields.entries()) expect(facets[i]).toEqual(await e.call("groupBy", { spec, fields: [f], limit: 2 }));
      expect(facets[2]).toMatchObject({ keys: [["s3.amazonaws.com"]], counts: [20], totalGroups: 1 });
      await expect(e.call("facets", { spec, fields: ["noSuchField"], limit: 2 })).rejects.toThrow(/noSuchField/);
    } finally {
      e.close();
    }
  });
});
