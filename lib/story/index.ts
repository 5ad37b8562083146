/** lib/story: talking points as data — stories, their resolution against the loaded data, notes, training and export (see README.md). */
export {
  storySchema,
  stepSchema,
  viewSchema,
  timeSpecSchema,
  evidenceSchema,
  findSchema,
  questionSchema,
  chipSchema,
  parseStory,
  STORY_VERSION,
  STORY_MIGRATIONS,
  type Story,
  type StoryInput,
  type Step,
  type StepInput,
  type StoryView,
  type ViewKind,
  type TimeSpec,
  type Question,
  type Hint,
  type HourRange,
  type StoryChip,
  type EvidenceFind,
  type DatasetHint,
  type ParseStoryResult,
  type StoryMigration,
} from "./schema";
export { parseMarkdown, parseInline, safeHref, MAX_MARKDOWN_LENGTH, type MdBlock, type MdInline } from "./markdown";
export { markdownToHtml, markdownToText, markdownToMarkdown, plainText, escapeHtml, escapeMarkdown } from "./markdown-out";
export { resolveStory, type ResolveOptions, type ResolvedStory, type ResolvedStep, type ResolvedEvidence, type ResolvedView, type EvidencePart } from "./resolve";
export { FACT_FIELDS, type EvidenceFacts, type EvidenceRow, type FieldFacts, type FactField, type ValueCount } from "./evidence";
export { stepLocation, stepUrlState, VIEW_ROUTES } from "./view-state";
export { storyFromFindings, type FromFindingsOptions } from "./from-findings";
export { moveStep, insertStep, updateStep, deleteStep, noteToStep, addNoteAsStep, uniqueStepId, safeStepId, type EditResult } from "./edit";
export { noteSchema, noteTargetSchema, noteApplies, type AnalystNote, type NoteTarget, type ShownTargets } from "./note";
export { checkAnswer, normalizeAnswer, questionScore, trainingScore, type TrainingAnswer, type TrainingScore, type StepScore } from "./training";
export { exportMarkdown, exportHtml, type ExportOptions } from "./export";
export { BUILTIN_STORIES, builtinStory } from "./builtin/registry";
export { EXFIL_STORY, SEED_TALKING_POINTS, ATTRIBUTION_SPL } from "./builtin/exfil";
export { describeHours, formatUtc, resolveTime } from "./time-spec";
