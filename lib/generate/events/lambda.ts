/** Lambda events: Invoke (data event) and CreateFunction (management event), named as the seed names them. */
import type { Rng } from "../rng";
import { isoSeconds } from "../calendar";
import { ACCOUNT_ID, REGION, buildRecord, type Caller, type CloudTrailRecord } from "./envelope";

export interface LambdaCall {
  op: "Invoke" | "CreateFunction";
  functionName: string;
  /** "Event" for asynchronous triggers, "RequestResponse" for direct calls. */
  invocationType?: "Event" | "RequestResponse";
  /** Caller's ARN, quoted in the denial message. */
  callerArn: string;
  denied?: boolean;
}

const RUNTIMES = ["nodejs20.x", "python3.12", "nodejs22.x"] as const;

/** One Lambda event. */
export function lambdaEvent(rng: Rng, ms: number, caller: Caller, call: LambdaCall): CloudTrailRecord {
  const arn = `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${call.functionName}`;
  const host = `lambda.${REGION}.amazonaws.com`;
  const action = call.op === "Invoke" ? "lambda:InvokeFunction" : "lambda:CreateFunction";
  const error = call.denied
    ? {
        code: "AccessDenied",
        message: `User: ${call.callerArn} is not authorized to perform: ${action} on resource: ${arn} because no identity-based policy allows the ${action} action`,
      }
    : undefined;
  if (call.op === "Invoke") {
    return buildRecord(rng, ms, caller, {
      eventSource: "lambda.amazonaws.com",
      eventName: "Invoke",
      requestParameters: { functionName: call.functionName, invocationType: call.invocationType ?? "RequestResponse" },
      responseElements: null,
      additionalEventData: { functionVersion: `${arn}:$LATEST` },
      readOnly: false,
      resources: [{ accountId: ACCOUNT_ID, type: "AWS::Lambda::Function", ARN: arn }],
      category: "Data",
      requestId: rng.uuid(),
      // Data events here carry no tlsDetails, like the S3 ones.
      host: null,
      error,
      eventVersion: "1.08",
    });
  }
  const runtime = RUNTIMES[rng.u32() % RUNTIMES.length];
  const role = `arn:aws:iam::${ACCOUNT_ID}:role/${call.functionName}-role`;
  const handler = runtime.startsWith("python") ? "app.handler" : "index.handler";
  return buildRecord(rng, ms, caller, {
    eventSource: "lambda.amazonaws.com",
    eventName: "CreateFunction",
    requestParameters: { functionName: call.functionName, runtime, role, handler, timeout: 30, memorySize: 256, publish: true },
    responseElements: {
      functionName: call.functionName,
      functionArn: arn,
      runtime,
      role,
      handler,
      codeSize: 4_000 + (rng.u32() % 3_000_000),
      lastModified: isoSeconds(ms).replace("Z", ".000+0000"),
      state: "Pending",
    },
    readOnly: false,
    category: "Management",
    requestId: rng.uuid(),
    host,
    error,
    eventVersion: "1.08",
  });
}
