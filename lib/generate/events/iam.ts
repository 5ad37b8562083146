/** IAM management events (IAM is global; CloudTrail logs it in us-east-1). */
import type { Json } from "../../cloudtrail/types";
import { iamDate } from "../calendar";
import type { Rng } from "../rng";
import { ACCOUNT_ID, buildRecord, type Caller, type CloudTrailRecord } from "./envelope";

export type IamOp = "GetUser" | "ListUsers" | "CreateUser" | "AttachUserPolicy" | "DeleteUser";

export interface IamCall {
  op: IamOp;
  /** requestParameters.userName (the user acted on); unused for ListUsers. */
  userName: string;
  /** Managed policy for AttachUserPolicy. */
  policyArn?: string;
  /** userId returned by CreateUser ("AIDA…"). */
  newUserId?: string;
  /** Caller's ARN, quoted in the denial message. */
  callerArn: string;
  denied?: boolean;
}

/** An IAM unique id: prefix plus 17 upper-case alphanumerics. */
export function iamUniqueId(rng: Rng, prefix: string): string {
  return prefix + rng.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17);
}

/** One IAM event. */
export function iamEvent(rng: Rng, ms: number, caller: Caller, call: IamCall): CloudTrailRecord {
  const userArn = `arn:aws:iam::${ACCOUNT_ID}:user/${call.userName}`;
  let requestParameters: Json = { userName: call.userName };
  let responseElements: Json = null;
  if (call.op === "ListUsers") requestParameters = null;
  if (call.op === "AttachUserPolicy") requestParameters = { userName: call.userName, policyArn: call.policyArn ?? "" };
  if (call.op === "CreateUser") {
    responseElements = {
      user: {
        path: "/",
        userName: call.userName,
        userId: call.newUserId ?? iamUniqueId(rng, "AIDA"),
        arn: userArn,
        createDate: iamDate(ms),
      },
    };
  }
  const action = `iam:${call.op}`;
  const resource = call.op === "ListUsers" ? `arn:aws:iam::${ACCOUNT_ID}:user/` : userArn;
  return buildRecord(rng, ms, caller, {
    eventSource: "iam.amazonaws.com",
    eventName: call.op,
    requestParameters,
    responseElements,
    readOnly: call.op === "GetUser" || call.op === "ListUsers",
    category: "Management",
    requestId: rng.uuid(),
    host: "iam.amazonaws.com",
    error: call.denied
      ? {
          code: "AccessDenied",
          message: `User: ${call.callerArn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
        }
      : undefined,
    eventVersion: "1.09",
  });
}
