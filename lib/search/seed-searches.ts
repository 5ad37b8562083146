/**
 * The six searches of the seed's "Use Cases" (shared/seeds/003_*.txt), character for
 * character, with their titles: the examples the search page offers and the
 * benchmark runs. seed-searches.test.ts checks them against the seed file.
 */

export interface SeedSearch {
  title: string;
  description: string;
  query: string;
}

export const SEED_SEARCHES: readonly SeedSearch[] = [
  {
    title: "Data Exfiltration Detection",
    description: "Track large data downloads:",
    query: "index=cloud sourcetype=aws:cloudtrail eventName=GetObject demo_id=exfil\n| stats count, dc(requestParameters.key) AS unique_files by userIdentity.userName, requestParameters.bucketName\n| sort - count",
  },
  {
    title: "IAM Backdoor Detection",
    description: "Find suspicious user creation:",
    query: "index=cloud sourcetype=aws:cloudtrail eventName=CreateUser\n| table _time, userIdentity.userName, requestParameters.userName",
  },
  {
    title: "Privilege Escalation",
    description: "Track admin policy attachments:",
    query: "index=cloud sourcetype=aws:cloudtrail eventName=AttachUserPolicy\n| where match(requestParameters.policyArn, \"Administrator\")\n| table _time, userIdentity.userName, requestParameters.userName, requestParameters.policyArn",
  },
  {
    title: "Sensitive Bucket Access",
    description: "Monitor financial data access:",
    query: "index=cloud sourcetype=aws:cloudtrail eventName IN (\"GetObject\", \"PutObject\", \"ListBucket\")\n  requestParameters.bucketName=\"faketshirtco-financial-reports\"\n| timechart span=1h count by eventName",
  },
  {
    title: "Off-Hours Activity",
    description: "Detect unusual access times:",
    query: "index=cloud sourcetype=aws:cloudtrail\n| eval hour=strftime(_time, \"%H\")\n| where hour < 6 OR hour > 22\n| stats count by userIdentity.userName, eventName, hour",
  },
  {
    title: "Exfil Timeline",
    description: "Full AWS activity during exfil:",
    query: "index=cloud sourcetype=aws:cloudtrail demo_id=exfil\n| timechart span=1d count by eventName",
  },
];
