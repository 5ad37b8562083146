import { describe, expect, it } from "vitest";
import { EXFIL_STORY } from "./builtin/exfil";
import { questionSchema, type Question } from "./schema";
import { checkAnswer, normalizeAnswer, questionScore, trainingScore, type TrainingAnswer } from "./training";

const value = (overrides: Record<string, unknown> = {}): Question =>
  questionSchema.parse({ kind: "value", prompt: "Who?", answer: "alex.miller", accept: ["Alex Miller"], hints: [{ text: "a", cost: 3 }, { text: "b", cost: 5 }], ...overrides });
const choice = (): Question => questionSchema.parse({ kind: "choice", prompt: "When?", options: ["day", "night"], answer: 1, points: 20, hints: [{ text: "a", cost: 15 }, { text: "b", cost: 15 }] });

describe("checking answers", () => {
  it.each<[string, Question, number | string, boolean]>([
    ["the answer", value(), "alex.miller", true],
    ["another case", value(), "ALEX.MILLER", true],
    ["surrounding space and quotes", value(), '  "alex.miller"  ', true],
    ["a final full stop", value(), "alex.miller.", true],
    ["an accepted spelling", value(), "alex   miller", true],
    ["a wrong value", value(), "mike.chen", false],
    ["a part of the answer", value(), "alex", false],
    ["an empty answer", value(), "   ", false],
    ["a number for a value question", value(), 1, false],
    ["case when it matters", value({ caseSensitive: true }), "Alex.Miller", false],
    ["full-width letters", value(), "ａｌｅｘ.ｍｉｌｌｅｒ", true],
    ["the right option", choice(), 1, true],
    ["another option", choice(), 0, false],
    ["text for a choice", choice(), "1", false],
  ])("%s", (_, q, answer, right) => {
    expect(checkAnswer(q, answer)).toBe(right);
  });

  it("normalises like it says", () => {
    expect(normalizeAnswer(" `Faketshirtco-Financial-Reports`. ")).toBe("faketshirtco-financial-reports");
  });
});

describe("points", () => {
  it.each<[string, Question, boolean, number, number]>([
    ["right, no hints", value(), true, 0, 10],
    ["right, one hint", value(), true, 1, 7],
    ["right, every hint", value(), true, 2, 2],
    ["right, more hints than there are", value(), true, 9, 2],
    ["wrong", value(), false, 0, 0],
    ["hints costing more than the points", choice(), true, 2, 0],
  ])("%s", (_, q, right, hints, points) => {
    expect(questionScore(q, right, hints)).toBe(points);
  });

  it("scores a run of the exfil story with one wrong answer, the rest right, one hint taken", () => {
    const answers: TrainingAnswer[] = [
      { stepId: "baseline", answer: 1, hintsUsed: 0 },
      { stepId: "backdoor", answer: "mike.chen", hintsUsed: 0 },
      { stepId: "recon", answer: "faketshirtco-financial-reports", hintsUsed: 1 },
      { stepId: "test-read", answer: "budget-forecast-2026.xlsx", hintsUsed: 0 },
      { stepId: "exfil", answer: 2, hintsUsed: 0 },
      { stepId: "attribution", answer: 2, hintsUsed: 0 },
      // A second answer to the same question does not count.
      { stepId: "backdoor", answer: "alex.miller", hintsUsed: 0 },
    ];
    const score = trainingScore(EXFIL_STORY, answers);
    expect(score).toMatchObject({ score: 47, max: 60, questions: 6, answered: 6, correct: 5 });
    expect(score.steps.map((s) => [s.stepId, s.correct, s.score])).toEqual([
      ["baseline", true, 10],
      ["backdoor", false, 0],
      ["recon", true, 7],
      ["test-read", true, 10],
      ["exfil", true, 10],
      ["attribution", true, 10],
    ]);
  });

  it("counts unanswered questions as zero", () => {
    expect(trainingScore(EXFIL_STORY, [])).toMatchObject({ score: 0, max: 60, answered: 0, correct: 0 });
  });
});
