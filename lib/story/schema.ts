/**
 * A story is data: ordered steps, each a talking point bound to a view, its
 * filters and time range, the evidence it speaks about (found by query when
 * the story runs, see resolve.ts) and optionally a training question.
 * Versioned (`version: 1`); older versions are upgraded by STORY_MIGRATIONS
 * before validation. Objects are strict: an unknown key in an imported file
 * is reported (a typo must not silently drop a field, and `__proto__` never
 * reaches an object).
 */
import { z } from "../zod";
import { isSafeFieldName } from "../state/field-names";
import { MAX_CHIPS, MAX_VALUE_LENGTH } from "../state/limits";
import { MAX_MARKDOWN_LENGTH } from "./markdown";

export const STORY_VERSION = 1;
export const MAX_STEPS = 200;
export const MAX_STEP_EVENT_IDS = 5_000;
export const MAX_SPL_LENGTH = 10_000;
const MAX_NOTES = 50_000;
const MAX_NAME = 1024;

/** Story and step ids: short, URL- and file-name-safe. */
export const storyIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, "must be 1–100 letters, digits, '.', '_' or '-', starting with a letter or digit");

const markdown = z.string().max(MAX_MARKDOWN_LENGTH);
const title = z.string().trim().min(1, "must not be empty").max(200);
const name = z.string().min(1).max(MAX_NAME);

/** A field = value filter chip, the shape of lib/state's FilterChip ("" = the field is absent; `*` is a wildcard). */
export const chipSchema = z.strictObject({
  field: z.string().refine(isSafeFieldName, "is not a field name (letters, digits, '_', '.', '-', starting with a letter)"),
  value: z.string().max(MAX_VALUE_LENGTH),
  negate: z.boolean().default(false),
});
export type StoryChip = z.infer<typeof chipSchema>;

/** The view's filters besides time: chips and free text, as the app's filter bar holds them. */
export const filtersSchema = z.strictObject({
  chips: z.array(chipSchema).max(MAX_CHIPS).default(() => []),
  text: z.string().max(MAX_VALUE_LENGTH).default(""),
});
export type StoryFilters = z.infer<typeof filtersSchema>;

/** UTC hours [from, to); wraps midnight when from > to (22 → 6), as QuerySpec.hourRange. */
export const hourRangeSchema = z
  .strictObject({ from: z.int().min(0).max(23), to: z.int().min(0).max(24) })
  .refine((h) => h.from !== h.to % 24, { message: "from and to must differ", path: ["to"] });
export type HourRange = z.infer<typeof hourRangeSchema>;

/**
 * A time range as a story says it: everything, fixed instants, scenario days
 * (Day 1 is the UTC day of the earliest loaded event, so a story fits the demo
 * whatever its start date), or the evidence's span with some margin.
 */
export const timeSpecSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("all") }),
  z
    .strictObject({ kind: z.literal("absolute"), start: z.number(), end: z.number() })
    .refine((t) => t.start < t.end, { message: "start must be before end", path: ["end"] }),
  z
    .strictObject({ kind: z.literal("days"), from: z.int().min(1).max(3660), to: z.int().min(1).max(3660) })
    .refine((t) => t.from <= t.to, { message: "to must not be before from", path: ["to"] }),
  z.strictObject({ kind: z.literal("evidence"), padMs: z.number().min(0).max(366 * 86_400_000).default(0) }),
]);
export type TimeSpec = z.infer<typeof timeSpecSchema>;

/** What a step shows: the app's views, with the entity each needs. */
export const viewSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("timeline"), stackBy: z.string().refine(isSafeFieldName, "is not a field name").optional() }),
  z.strictObject({ kind: z.literal("user"), principal: name.optional() }),
  z.strictObject({ kind: z.literal("bucket"), bucket: name.optional() }),
  z.strictObject({ kind: z.literal("exfil"), principal: name.optional() }),
  z.strictObject({ kind: z.literal("search"), spl: z.string().trim().min(1).max(MAX_SPL_LENGTH) }),
  /** Without an eventId: the first evidence event (found at run time). */
  z.strictObject({ kind: z.literal("event"), eventId: name.optional() }),
  z.strictObject({ kind: z.literal("findings"), finding: name.optional() }),
]);
export type StoryView = z.infer<typeof viewSchema>;
export type ViewKind = StoryView["kind"];

/** One query whose matching rows are evidence: chips and/or an SPL search (its events), within a time and hours. */
export const findSchema = z.strictObject({
  /** What the rows are, as the callout says it ("CreateUser by alex.miller"). */
  label: z.string().trim().min(1).max(200),
  chips: z.array(chipSchema).max(MAX_CHIPS).default(() => []),
  /** A search whose result is events (no transforming command); its rows are intersected with the chips. */
  spl: z.string().trim().min(1).max(MAX_SPL_LENGTH).optional(),
  /** Default: the step's time (all, when the step's time is the evidence's own span). */
  time: timeSpecSchema.optional(),
  hours: hourRangeSchema.optional(),
  /** Fewer matching rows than `min` (or more than `max`) is a problem of the step. */
  min: z.int().min(0).default(1),
  max: z.int().min(0).optional(),
  /** The problem shown when fewer than `min` rows match (default: built from the label and time). */
  missing: z.string().max(500).optional(),
});
export type EvidenceFind = z.infer<typeof findSchema>;

/** What a step highlights. Rows are found at run time; nothing here is a row number. */
export const evidenceSchema = z.strictObject({
  find: z.array(findSchema).max(20).default(() => []),
  eventIds: z.array(name).max(MAX_STEP_EVENT_IDS).default(() => []),
  /** Other steps whose evidence this step gathers (e.g. an attribution step); they must not gather steps themselves. */
  fromSteps: z.array(storyIdSchema).max(50).default(() => []),
  principal: name.optional(),
  bucket: name.optional(),
  /** Hours of day the step is about, drawn as a band (e.g. 01:00–05:00). */
  hours: hourRangeSchema.optional(),
  /** False for context (a baseline) whose rows are not worth listing one by one. */
  list: z.boolean().default(true),
});
export type StoryEvidence = z.infer<typeof evidenceSchema>;

const hintSchema = z.strictObject({ text: z.string().trim().min(1).max(2000), cost: z.int().min(0).max(1000) });
export type Hint = z.infer<typeof hintSchema>;

const questionBase = {
  prompt: z.string().trim().min(1).max(2000),
  hints: z.array(hintSchema).max(10).default(() => []),
  /** Markdown shown with the evidence once the trainee has answered. */
  explanation: markdown.default(""),
  points: z.int().min(0).max(1000).default(10),
};

/** A training question: pick one option, or type a value (matched case-insensitively unless said otherwise). */
export const questionSchema = z.discriminatedUnion("kind", [
  z
    .strictObject({ kind: z.literal("choice"), ...questionBase, options: z.array(z.string().trim().min(1).max(500)).min(2).max(10), answer: z.int().min(0) })
    .refine((q) => q.answer < q.options.length, { message: "must be the index of one of the options (0-based)", path: ["answer"] }),
  z.strictObject({
    kind: z.literal("value"),
    ...questionBase,
    answer: z.string().trim().min(1).max(1000),
    /** Other spellings also accepted. */
    accept: z.array(z.string().trim().min(1).max(1000)).max(20).default(() => []),
    caseSensitive: z.boolean().default(false),
  }),
]);
export type Question = z.infer<typeof questionSchema>;

export const stepSchema = z.strictObject({
  id: storyIdSchema,
  title,
  /** Short Markdown (see markdown.ts), shown beside the evidence. */
  talkingPoint: markdown.default(""),
  /** For the presenter's window only. */
  notes: z.string().max(MAX_NOTES).default(""),
  view: viewSchema,
  filters: filtersSchema.default(() => ({ chips: [], text: "" })),
  time: timeSpecSchema.default(() => ({ kind: "all" as const })),
  evidence: evidenceSchema.default(() => ({ find: [], eventIds: [], fromSteps: [], list: true })),
  question: questionSchema.optional(),
});
export type Step = z.infer<typeof stepSchema>;
/** A step as written (defaults may be left out). */
export type StepInput = z.input<typeof stepSchema>;

/** Which data the story is written for: any, or a built-in demo scenario. */
export const datasetHintSchema = z.union([z.literal("any"), z.strictObject({ demo: storyIdSchema })]);
export type DatasetHint = z.infer<typeof datasetHintSchema>;

export const storySchema = z
  .strictObject({
    version: z.literal(STORY_VERSION),
    id: storyIdSchema,
    title,
    description: markdown.default(""),
    dataset: datasetHintSchema.default("any"),
    steps: z.array(stepSchema).max(MAX_STEPS),
  })
  .superRefine((story, ctx) => {
    const seen = new Map<string, number>();
    const byId = new Map(story.steps.map((s) => [s.id, s]));
    story.steps.forEach((step, i) => {
      const earlier = seen.get(step.id);
      if (earlier !== undefined) ctx.addIssue({ code: "custom", path: ["steps", i, "id"], message: `"${step.id}" is already the id of steps[${earlier}]` });
      // One level only, in any order: reordering steps never breaks a story, and there are no cycles.
      step.evidence.fromSteps.forEach((ref, j) => {
        const target = byId.get(ref);
        const path = ["steps", i, "evidence", "fromSteps", j];
        if (!target || target === step) ctx.addIssue({ code: "custom", path, message: `"${ref}" is not the id of another step` });
        else if (target.evidence.fromSteps.length > 0) ctx.addIssue({ code: "custom", path, message: `step "${ref}" gathers other steps itself; name the steps it gathers instead` });
      });
      step.evidence.find.forEach((f, j) => {
        if (f.time?.kind === "evidence") ctx.addIssue({ code: "custom", path: ["steps", i, "evidence", "find", j, "time", "kind"], message: `a query cannot be timed by the evidence it finds` });
        if (f.max !== undefined && f.max < f.min) ctx.addIssue({ code: "custom", path: ["steps", i, "evidence", "find", j, "max"], message: "must not be below min" });
      });
      if (earlier === undefined) seen.set(step.id, i);
    });
  });
export type Story = z.infer<typeof storySchema>;
/** A story as written (defaults may be left out). */
export type StoryInput = z.input<typeof storySchema>;

/** Upgrades a story object of version n (the key) to version n + 1. */
export type StoryMigration = (story: Record<string, unknown>) => Record<string, unknown>;

/** Version 1 is the first: nothing to upgrade yet. Version 2 adds `[1, upgrade]` here. */
export const STORY_MIGRATIONS: ReadonlyMap<number, StoryMigration> = new Map();

export type ParseStoryResult = { ok: true; story: Story } | { ok: false; errors: string[] };

/** Imported files larger than this are refused before parsing. */
export const MAX_STORY_JSON_LENGTH = 20_000_000;
const MAX_ERRORS = 50;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function kindOf(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "an array" : typeof v;
}

/** "steps[2] (\"The backdoor\").view.kind" for a zod issue path, naming the step by its title when it has one. */
function pathText(path: readonly PropertyKey[], raw: Record<string, unknown>): string {
  let out = "";
  path.forEach((key, i) => {
    out += typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`;
    if (i === 1 && path[0] === "steps" && typeof key === "number" && Array.isArray(raw.steps)) {
      const step: unknown = raw.steps[key];
      if (isRecord(step) && typeof step.title === "string" && step.title.trim() !== "") {
        const t = step.title.trim();
        out += ` (${JSON.stringify(t.length > 40 ? `${t.slice(0, 39)}…` : t)})`;
      }
    }
  });
  return out || "story";
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && / received undefined$/.test(issue.message)) return `is missing (expected ${issue.expected})`;
  if (issue.code === "invalid_union" && issue.message.startsWith("Invalid discriminator")) return issue.message.replace("Invalid discriminator value. Expected", "must be one of");
  return issue.message;
}

/** Brings an older story object up to STORY_VERSION, or says why it cannot. */
function migrate(raw: Record<string, unknown>, migrations: ReadonlyMap<number, StoryMigration>): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  const v = raw.version;
  if (v === undefined) return { ok: false, error: `version: is missing (a Trailscope story has "version": ${STORY_VERSION})` };
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) return { ok: false, error: `version: must be a whole number, got ${JSON.stringify(v)}` };
  if (v > STORY_VERSION) return { ok: false, error: `version: this story was written by a newer Trailscope (version ${v}); this one reads up to version ${STORY_VERSION}` };
  let value = raw;
  for (let at = v; at < STORY_VERSION; at++) {
    const step = migrations.get(at);
    if (!step) return { ok: false, error: `version: stories of version ${at} cannot be upgraded to version ${STORY_VERSION}` };
    value = { ...step(value), version: at + 1 };
  }
  return { ok: true, value };
}

/**
 * Validates a story from an imported file (JSON text) or an already parsed
 * value: upgrades older versions, then checks every field. Errors name the
 * path of each problem ("steps[2] ("The backdoor").question.answer: …").
 */
export function parseStory(input: unknown, migrations: ReadonlyMap<number, StoryMigration> = STORY_MIGRATIONS): ParseStoryResult {
  let value = input;
  if (typeof input === "string") {
    if (input.length > MAX_STORY_JSON_LENGTH) return { ok: false, errors: [`story: the file is too large (${input.length} characters; at most ${MAX_STORY_JSON_LENGTH})`] };
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [`story: not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
    }
  }
  if (!isRecord(value)) return { ok: false, errors: [`story: expected a JSON object, got ${kindOf(value)}`] };
  const upgraded = migrate(value, migrations);
  if (!upgraded.ok) return { ok: false, errors: [upgraded.error] };
  const parsed = storySchema.safeParse(upgraded.value);
  if (parsed.success) return { ok: true, story: parsed.data };
  const issues = parsed.error.issues;
  const errors = issues.slice(0, MAX_ERRORS).map((i) => `${pathText(i.path, upgraded.value)}: ${issueMessage(i)}`);
  if (issues.length > MAX_ERRORS) errors.push(`… and ${issues.length - MAX_ERRORS} more problems`);
  return { ok: false, errors };
}
