/**
 * A training run of the built-in exfil story on the demo: each question comes
 * before its step's annotation; the first is answered wrong, the rest right
 * (one after a hint); the explanation and the evidence follow each answer,
 * and the score shown is lib/story's trainingScore of those answers.
 */
import type { Locator } from "@playwright/test";
import { EXFIL_STORY } from "../lib/story/builtin/exfil";
import type { Question } from "../lib/story/schema";
import { trainingScore, type TrainingAnswer } from "../lib/story/training";
import { expect, test } from "./fixtures";
import { generateDemo, openStory } from "./story-page";

/** The answers given, by step: the baseline's wrong (option 0), the others right; a hint before the backdoor's. */
const ANSWERS: Record<string, { answer: number | string; hints: number }> = {
  baseline: { answer: 0, hints: 0 },
  backdoor: { answer: "alex.miller", hints: 1 },
  recon: { answer: "faketshirtco-financial-reports", hints: 0 },
  "test-read": { answer: "2026/q1/budget-forecast-2026.xlsx", hints: 0 },
  exfil: { answer: 2, hints: 0 },
  attribution: { answer: 2, hints: 0 },
};

async function answer(card: Locator, q: Question, given: number | string): Promise<void> {
  if (q.kind === "choice") await card.getByRole("radio", { name: q.options[given as number]! }).check();
  else await card.getByLabel("Your answer").fill(String(given));
  await card.getByRole("button", { name: "Check answer" }).click();
}

test("training mode: questions before annotations, hints cost points, one wrong answer and the rest right give trainingScore's score", async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  await generateDemo(page);
  const ui = await openStory(page);
  await ui.training.check();
  await expect(page).toHaveURL(/\/story\?story=exfil&mode=training$/);

  const given: TrainingAnswer[] = [];
  for (const [i, step] of EXFIL_STORY.steps.entries()) {
    const q = step.question!;
    const a = ANSWERS[step.id]!;
    await expect(ui.title).toHaveText(step.title);
    await expect(ui.question).toContainText(q.prompt);
    // Before the answer: the view, but no talking point, callouts or evidence.
    await expect(ui.view).toBeVisible();
    await expect(ui.talk).toHaveCount(0);
    await expect(ui.callouts).toHaveCount(0);
    await expect(ui.evidence).toHaveCount(0);

    for (let h = 0; h < a.hints; h++) {
      await ui.question.getByRole("button", { name: `Show a hint (−${q.hints[h]!.cost} points)` }).click();
      await expect(ui.question.getByRole("list", { name: "Hints" })).toContainText(q.hints[h]!.text);
    }
    await answer(ui.question, q, a.answer);
    given.push({ stepId: step.id, answer: a.answer, hintsUsed: a.hints });
    const right = i > 0;
    const verdict = ui.question.getByRole("status");
    await expect(verdict).toContainText(right ? "Correct" : "Not quite");
    if (!right) await expect(verdict).toContainText(`the answer: ${q.kind === "choice" ? q.options[q.answer] : q.answer}`);
    // After the answer: the explanation, the talking point and the evidence.
    await expect(verdict).toContainText(q.explanation.replace(/\*\*|\*|`/g, "").slice(0, 40));
    await expect(ui.talk).toBeVisible();
    await expect(ui.callouts).toBeVisible();
    if (step.evidence.list) await expect(ui.evidence).toBeVisible();

    const sofar = trainingScore(EXFIL_STORY, given);
    await expect(ui.score.getByTestId("training-score")).toHaveText(String(sofar.score));
    if (i < EXFIL_STORY.steps.length - 1) await page.getByRole("button", { name: "Next step →" }).click();
  }

  const final = trainingScore(EXFIL_STORY, given);
  expect(final.correct).toBe(EXFIL_STORY.steps.length - 1);
  expect(final.score).toBe(final.max - EXFIL_STORY.steps[0]!.question!.points - EXFIL_STORY.steps[1]!.question!.hints[0]!.cost);
  await expect(ui.score).toContainText("Training complete");
  await expect(ui.score).toContainText(`Score: ${final.score} of ${final.max} points · ${final.correct} of ${final.questions} correct`);
  await page.screenshot({ path: testInfo.outputPath("training-score.png"), fullPage: true });
});
