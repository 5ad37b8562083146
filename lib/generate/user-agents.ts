/** userAgent strings of the tools FakeTShirtCo's people and services use. */

export type Service = "s3" | "ec2" | "iam" | "lambda" | "cloudtrail";

/** A tool that signs requests: builds the userAgent for one call. */
export type AgentFn = (service: Service, op: string) => string;

const S3_CLI: Record<string, string> = { GetObject: "s3.cp", PutObject: "s3.cp", ListBucket: "s3.ls", DeleteObject: "s3.rm" };

const kebabCache = new Map<string, string>();

function kebab(op: string): string {
  let k = kebabCache.get(op);
  if (k === undefined) {
    k = op.replace(/[A-Z]/g, (c, i: number) => (i === 0 ? "" : "-") + c.toLowerCase());
    kebabCache.set(op, k);
  }
  return k;
}

/** The CLI subcommand an operation is run with ("s3.cp", "ec2.describe-instances", …). */
export function cliCommand(service: Service, op: string): string {
  if (service === "s3") return S3_CLI[op] ?? `s3api.${kebab(op)}`;
  return `${service}.${kebab(op)}`;
}

/** S3 writes the userAgent of data events in brackets. */
function forS3(service: Service, ua: string): string {
  return service === "s3" ? `[${ua}]` : ua;
}

/**
 * AWS CLI v2 ("aws-cli/2.15.30 Python/3.11.8 Darwin/23.4.0 exe/x86_64 prompt/off command/s3.cp"); `platform` is the
 * part after the CLI version, e.g. "Python/3.11.8 Darwin/23.4.0 exe/x86_64".
 */
export function awsCli(version: string, platform: string): AgentFn {
  return (service, op) => forS3(service, `aws-cli/${version} ${platform} prompt/off command/${cliCommand(service, op)}`);
}

/** The management console: S3 calls go through the S3 console's Java client, the rest show as "AWS Internal". */
export const awsConsole: AgentFn = (service) =>
  service === "s3"
    ? "[S3Console/0.4, aws-internal/3 aws-sdk-java/1.12.750 Linux/5.10.228-198.884.amzn2int.x86_64 java/1.8.0_432]"
    : "AWS Internal";

/** The Java SDK v2 of the data pipeline's batch jobs. */
export const javaSdk: AgentFn = (service) =>
  forS3(
    service,
    "aws-sdk-java/2.25.16 Linux/5.10.214-202.855.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.10+7-LTS Java/17.0.10 vendor/Amazon.com_Inc.",
  );

/** The JavaScript SDK v3 of the order service. */
export const jsSdk: AgentFn = (service) =>
  forS3(service, `aws-sdk-js/3.540.0 ua/2.0 os/linux#5.10.214-202.855.amzn2.x86_64 lang/js md/nodejs#20.12.1 api/${service}#3.540.0`);

/** An AWS service calling on its own behalf: the userAgent is the service's name. */
export function serviceAgent(name: string): AgentFn {
  return () => name;
}
