/**
 * The built-in story of the seed's exfil scenario (shared/seeds/003_*.txt),
 * for the generated FakeTShirtCo demo: baseline, backdoor, reconnaissance,
 * test read, exfiltration, attribution. The seed's three "Talking Points"
 * are quoted verbatim. Evidence is described by queries (who, what, which
 * bucket, which scenario day), never by event ids, so the story fits the demo
 * of any seed, size or start date.
 */
import { storySchema, type Story, type StoryInput } from "../schema";

const ALEX = "alex.miller";
const FINANCIAL = "faketshirtco-financial-reports";
const ADMIN_POLICY = "arn:aws:iam::aws:policy/AdministratorAccess";

const chip = (field: string, value: string) => ({ field, value, negate: false });
const byAlex = (eventName: string) => [chip("eventName", eventName), chip("principal", ALEX)];

/** The seed's "Talking Points", character for character (builtin/exfil.test.ts checks them against the seed file). */
export const SEED_TALKING_POINTS = {
  "Backdoor Detection":
    "Day 8 we see CreateUser followed immediately by AttachUserPolicy with AdministratorAccess. That's a textbook backdoor - creating a service account with full admin rights.",
  "Exfil Pattern":
    "Look at the timing: GetObject calls between 01:00 and 05:00. The attacker knows our traffic patterns and chose the quiet hours. Files like 'annual-financial-report.xlsx' and 'merger-plans-2025.docx'.",
  "Who Did It":
    "All these actions trace back to alex.miller's credentials. But we know from Entra ID that Alex's account was compromised. The real attacker is using stolen credentials.",
} as const;

const quote = (name: keyof typeof SEED_TALKING_POINTS): string => `**${name}:**\n> "${SEED_TALKING_POINTS[name]}"`;

/** The attribution search: alex.miller's long-term key, split by the platform of the tool that signed each call. */
export const ATTRIBUTION_SPL = [
  `index=cloud sourcetype=aws:cloudtrail userIdentity.userName="${ALEX}" userIdentity.accessKeyId="AKIA*"`,
  `| eval platform=case(match(userAgent, "Darwin"), "macOS", match(userAgent, "Linux"), "Linux", true(), "other")`,
  `| stats count, values(eventName) AS actions, values(sourceIPAddress) AS source_ips by userIdentity.accessKeyId, platform`,
].join("\n");

const EXFIL_INPUT: StoryInput = {
  version: 1,
  id: "exfil",
  title: "The FakeTShirtCo exfiltration",
  description:
    "The seed's **exfil** scenario step by step: a quiet baseline week, an IAM backdoor, a look at the financial bucket, one test read, four nights of downloads, and whose credentials did it all. Written for the generated demo (any seed or size).",
  dataset: { demo: "exfil" },
  steps: [
    {
      id: "baseline",
      title: "Baseline: Days 1–7",
      talkingPoint:
        "Days 1–7 are FakeTShirtCo's **normal rhythm**: people work from about 08:00 to 18:00 UTC on weekdays and much less at weekends. Between 01:00 and 05:00 only *automation* calls AWS — the data pipeline, the order processor and AWS services.\n\nRemember this shape: everything that follows stands out against it.",
      notes:
        "Timeline stacked by principal. Point at the weekday humps and the weekend dip, then hover a night bar: only data-pipeline, order-processor-role and AWS services. No person reads an object at night.",
      view: { kind: "timeline", stackBy: "principal" },
      time: { kind: "days", from: 1, to: 7 },
      evidence: { find: [{ label: "events on Days 1–7", missing: "no events on Days 1–7 in this dataset" }], hours: { from: 8, to: 18 }, list: false },
      question: {
        kind: "choice",
        prompt: "In the baseline week, who calls AWS between 01:00 and 05:00 UTC?",
        options: ["Nobody at all", "Only automation: the data pipeline, service roles and AWS services", "The finance team, working late", "alex.miller"],
        answer: 1,
        hints: [
          { text: "Look at the night-time bars of the timeline, stacked by principal.", cost: 2 },
          { text: "FakeTShirtCo's people keep office hours.", cost: 3 },
        ],
        explanation:
          "At night only **data-pipeline**, **order-processor-role** and AWS services act. Human accounts are silent between 01:00 and 05:00, so a person reading files at that hour is an anomaly by itself.",
      },
    },
    {
      id: "backdoor",
      title: "The backdoor (Day 8)",
      talkingPoint: `${quote("Backdoor Detection")}\n\nA new identity with full admin rights is a way back in that survives even if the stolen key is rotated.`,
      notes:
        "Timeline on Day 8, filtered to IAM. Two callouts a minute apart: CreateUser of the new user, then AttachUserPolicy with AdministratorAccess on it. Same caller, same key, same source IP.",
      view: { kind: "timeline", stackBy: "eventName" },
      filters: { chips: [chip("eventSource", "iam.amazonaws.com")] },
      time: { kind: "days", from: 8, to: 8 },
      evidence: {
        find: [
          { label: `CreateUser by ${ALEX}`, chips: byAlex("CreateUser"), missing: `no CreateUser by ${ALEX} on Day 8 in this dataset` },
          {
            label: `AttachUserPolicy AdministratorAccess by ${ALEX}`,
            chips: [...byAlex("AttachUserPolicy"), chip("policyArn", ADMIN_POLICY)],
            missing: `no AttachUserPolicy of AdministratorAccess by ${ALEX} on Day 8 in this dataset`,
          },
        ],
        principal: ALEX,
      },
      question: {
        kind: "value",
        prompt: "Which account created the backdoor user?",
        answer: ALEX,
        accept: ["alex miller", `arn:aws:iam::123456789012:user/${ALEX}`],
        hints: [
          { text: "Filter the timeline to eventName = CreateUser on Day 8.", cost: 3 },
          { text: "Read the principal of the CreateUser event, not the user it created.", cost: 5 },
        ],
        explanation:
          "**alex.miller** called CreateUser for `svc-datasync` at 10:45 UTC and attached `AdministratorAccess` to it one minute later, both with Alex's long-term access key.",
      },
    },
    {
      id: "recon",
      title: "Reconnaissance (Day 9)",
      talkingPoint:
        "Day 9: the same credentials **list** `faketshirtco-financial-reports`, the bucket the seed rates *HIGH – exfil target*. Alex is a platform engineer: he has never had a reason to browse the financial reports.\n\nListing before reading is reconnaissance — the attacker takes inventory first.",
      notes: "Bucket page of the financial bucket on Day 9. The finance team lists it every day; the callout is the one listing under alex.miller's key.",
      view: { kind: "bucket", bucket: FINANCIAL },
      time: { kind: "days", from: 9, to: 9 },
      evidence: {
        find: [{ label: `ListBucket by ${ALEX} on ${FINANCIAL}`, chips: [...byAlex("ListBucket"), chip("bucket", FINANCIAL)], missing: `no ListBucket by ${ALEX} on Day 9 in this dataset` }],
        principal: ALEX,
        bucket: FINANCIAL,
      },
      question: {
        kind: "value",
        prompt: "Which bucket did alex.miller's credentials list on Day 9?",
        answer: FINANCIAL,
        accept: [`s3://${FINANCIAL}`, `arn:aws:s3:::${FINANCIAL}`],
        hints: [
          { text: "Filter on eventName = ListBucket and principal = alex.miller, Day 9.", cost: 3 },
          { text: "It is the bucket the seed marks as the exfil target.", cost: 5 },
        ],
        explanation: "`faketshirtco-financial-reports`: a bucket Alex never touches in normal weeks. Two days later its files start leaving.",
      },
    },
    {
      id: "test-read",
      title: "The test read (Day 10)",
      talkingPoint:
        "Day 10, late in the evening: **one** GetObject from the financial bucket under Alex's key. One file and nothing more — the attacker checks that the stolen credentials work before the real run.\n\nThe record shows the same key and the same source IP as Alex's own work. Look at the *user agent*.",
      notes: "The event detail of the single test read. Point at eventTime (after office hours), the object key, and the userAgent: AWS CLI on Linux, where Alex uses a Mac.",
      view: { kind: "event" },
      time: { kind: "days", from: 10, to: 10 },
      evidence: {
        find: [
          {
            label: `GetObject by ${ALEX} on ${FINANCIAL}`,
            chips: [...byAlex("GetObject"), chip("bucket", FINANCIAL)],
            max: 1,
            missing: `no GetObject by ${ALEX} on ${FINANCIAL} on Day 10 in this dataset`,
          },
        ],
        principal: ALEX,
        bucket: FINANCIAL,
      },
      question: {
        kind: "value",
        prompt: "Which file did the test read take?",
        answer: "2026/q1/budget-forecast-2026.xlsx",
        accept: ["budget-forecast-2026.xlsx", `s3://${FINANCIAL}/2026/q1/budget-forecast-2026.xlsx`],
        hints: [
          { text: "Open the event's detail panel.", cost: 2 },
          { text: "The object key is in requestParameters.key.", cost: 4 },
        ],
        explanation: "One spreadsheet, `2026/q1/budget-forecast-2026.xlsx`, read at 23:14 UTC: after office hours, and the night before the mass downloads begin.",
      },
    },
    {
      id: "exfil",
      title: "The exfiltration (Days 11–14)",
      talkingPoint: quote("Exfil Pattern"),
      notes:
        "Exfil view for alex.miller. The hour-of-day heatmap lights up only between 01:00 and 05:00 on Days 11–14. Read out a few file names from the list, including annual-financial-report.xlsx and merger-plans-2025.docx.",
      view: { kind: "exfil", principal: ALEX },
      time: { kind: "days", from: 11, to: 14 },
      evidence: {
        find: [
          {
            label: `GetObject by ${ALEX} on ${FINANCIAL}`,
            spl: `index=cloud sourcetype=aws:cloudtrail eventName=GetObject userIdentity.userName="${ALEX}" requestParameters.bucketName="${FINANCIAL}"`,
            missing: `no GetObject by ${ALEX} on ${FINANCIAL} on Days 11–14 in this dataset`,
          },
        ],
        principal: ALEX,
        bucket: FINANCIAL,
        hours: { from: 1, to: 5 },
      },
      question: {
        kind: "choice",
        prompt: "Between which hours (UTC) were the files taken?",
        options: ["08:00–12:00", "13:00–17:00", "01:00–05:00", "19:00–23:00"],
        answer: 2,
        hints: [
          { text: "Look at alex.miller's hour-of-day heatmap for Days 11–14.", cost: 3 },
          { text: "It is when, in the baseline, only automation runs.", cost: 5 },
        ],
        explanation:
          "Every read of Days 11–14 falls between **01:00 and 05:00 UTC**, the hours the baseline showed empty of people. Among the files: *annual-financial-report.xlsx* and *merger-plans-2025.docx*.",
      },
    },
    {
      id: "attribution",
      title: "Attribution: alex.miller's credentials",
      talkingPoint: quote("Who Did It"),
      notes:
        "The search splits Alex's long-term key by the platform in the user agent: his own calls come from macOS; every call of the attack (backdoor, listing, test read, night reads) from Linux, same key, same IP.",
      view: { kind: "search", spl: ATTRIBUTION_SPL },
      evidence: { fromSteps: ["backdoor", "recon", "test-read", "exfil"], principal: ALEX },
      question: {
        kind: "choice",
        prompt: "The stolen key was used from Alex's usual IP address. What tells the attacker's calls apart from Alex's own?",
        options: ["The access key ID", "The source IP address", "The user agent (the tool and its platform)", "The AWS region"],
        answer: 2,
        hints: [{ text: "Compare the user agents of the evidence with those of alex.miller's other events.", cost: 4 }],
        explanation:
          "Every call of the attack is signed with alex.miller's long-term access key from 10.10.30.55, like his own work. Only the **user agent** differs: an older AWS CLI on Linux, where Alex works from a Mac.",
      },
    },
  ],
};

/** The built-in exfil story, validated. */
export const EXFIL_STORY: Story = storySchema.parse(EXFIL_INPUT);
