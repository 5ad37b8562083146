/** Base-search semantics on the small dataset (see filter/semantics.ts). Results are event indices, newest first. */
import { describe, expect, it } from "vitest";
import { DEFAULT_EVENT_COLUMNS } from "./output";
import { eventIndices, run } from "./testing/small";

describe("base search", () => {
  it.each([
    ["", [5, 4, 3, 2, 1, 0]],
    ["index=cloud sourcetype=aws:cloudtrail", [5, 4, 3, 2, 1, 0]],
    ["eventName=GetObject", [5, 1, 0]],
    ["eventName=getobject", [5, 1, 0]],
    ['eventName="GETOBJECT"', [5, 1, 0]],
    ["eventName=Get*", [5, 1, 0]],
    ['eventName="*Object"', [5, 2, 1, 0]],
    ["eventName!=GetObject", [4, 3, 2]],
    ["NOT eventName=GetObject", [4, 3, 2]],
    ["userIdentity.userName!=bob", [4, 1, 0]],
    ["NOT userIdentity.userName=bob", [4, 3, 1, 0]],
    ["userIdentity.userName=*", [5, 4, 2, 1, 0]],
    ["NOT userIdentity.userName=*", [3]],
    ['userIdentity.userName=""', [3]],
    ["errorCode=*", [3]],
    ['eventName IN ("PutObject", createuser)', [4, 2]],
    ["NOT eventName IN (GetObject, PutObject)", [4, 3]],
    ["eventName=GetObject OR eventName=Invoke demo_id=exfil", [1, 0]],
    ["(eventName=GetObject OR eventName=Invoke) NOT demo_id=exfil", [5, 3]],
    ["additionalEventData.bytesTransferredOut>=100", [1, 0]],
    ["additionalEventData.bytesTransferredOut<100", [5, 2]],
    ["additionalEventData.bytesTransferredOut=100.0", [0]],
    ["requestParameters.key>b", [2, 1]],
    ["principal=order-processor-role", [3]],
    ["userIdentity.sessionContext.sessionIssuer.userName=order*", [3]],
    ["requestParameters.functionName=process-orders", [3]],
    ["responseElements.user.arn=*svc-datasync", [4]],
    ["resources{}.type=AWS::S3::Bucket", [5, 2, 1, 0]],
    ['resources{}.ARN="arn:aws:s3:::fin"', [1, 0]],
    ["resources{}.ARN!=arn:aws:s3:::fin", [5, 2]],
    ["readOnly=false", [4, 3, 2]],
    ["demo_id=EXFIL", [1, 0]],
    ["_time>=1767657600", [5, 4, 3]],
    ['earliest="01/06/2026:00:00:00" latest=2026-01-07', [4, 3]],
    ["earliest=-9d@d", [5, 4, 3]],
    ["eventTime=2026-01-05*", [2, 1, 0]],
    ["date_hour<6", [1, 0]],
    ["alex", [1, 0]],
    ["ALEX.MIL*", [1, 0]],
    ["svc-datasync", [4]],
    ["process-orders", [3]],
    ['"bucketName\\":\\"prod"', [5, 2]],
    ["10.10.30.12 NOT CreateUser", [5, 2]],
    ["nothing-like-this", []],
  ])("%j", async (q, expected) => {
    expect(await eventIndices(q)).toEqual(expected);
  });

  it("returns events with the default columns and the count the base search matched", async () => {
    const r = await run("eventName=GetObject");
    expect(r).toMatchObject({ kind: "events", columns: DEFAULT_EVENT_COLUMNS, rows: [], totalEvents: 3 });
  });

  it("shows the fields chosen with `fields` when the index holds them", async () => {
    const r = await run("eventName=GetObject | eval x=1 | fields eventName, requestParameters.key, x");
    expect(r.columns).toEqual(["eventName", "requestParameters.key"]);
    expect(r.warnings?.[0]).toContain("x");
  });
});
