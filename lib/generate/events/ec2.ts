/** EC2 management events: DescribeInstances, StartInstances, StopInstances. */
import type { JsonObject } from "../../cloudtrail/types";
import type { Rng } from "../rng";
import { ACCOUNT_ID, REGION, buildRecord, type CallError, type Caller, type CloudTrailRecord } from "./envelope";

export type Ec2Op = "DescribeInstances" | "StartInstances" | "StopInstances";

export interface Ec2Call {
  op: Ec2Op;
  /** Target instance for Start/Stop. */
  instanceId: string;
  /** Caller's ARN, quoted in the denial message. */
  callerArn: string;
  denied?: boolean;
}

const STATES = {
  StartInstances: [{ code: 0, name: "pending" }, { code: 80, name: "stopped" }],
  StopInstances: [{ code: 64, name: "stopping" }, { code: 16, name: "running" }],
} as const;

function denial(call: Ec2Call): CallError {
  const action = `ec2:${call.op}`;
  const resource = call.op === "DescribeInstances" ? "*" : `arn:aws:ec2:${REGION}:${ACCOUNT_ID}:instance/${call.instanceId}`;
  return {
    code: "Client.UnauthorizedOperation",
    message: `You are not authorized to perform this operation. User: ${call.callerArn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
  };
}

/** One EC2 management event. */
export function ec2Event(rng: Rng, ms: number, caller: Caller, call: Ec2Call): CloudTrailRecord {
  const requestId = rng.uuid();
  let requestParameters: JsonObject;
  let responseElements: JsonObject | null = null;
  if (call.op === "DescribeInstances") {
    requestParameters = { instancesSet: {}, filterSet: {} };
  } else {
    const [current, previous] = STATES[call.op];
    requestParameters = { instancesSet: { items: [{ instanceId: call.instanceId }] } };
    responseElements = {
      requestId,
      instancesSet: { items: [{ instanceId: call.instanceId, currentState: { ...current }, previousState: { ...previous } }] },
    };
  }
  return buildRecord(rng, ms, caller, {
    eventSource: "ec2.amazonaws.com",
    eventName: call.op,
    requestParameters,
    responseElements,
    readOnly: call.op === "DescribeInstances",
    category: "Management",
    requestId,
    host: `ec2.${REGION}.amazonaws.com`,
    error: call.denied ? denial(call) : undefined,
    eventVersion: "1.09",
  });
}
