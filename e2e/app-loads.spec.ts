import { expect, test } from "./fixtures";
import { loadPage } from "./load-page";

test("the load page offers the drop zone, the pickers and the demo button", async ({ page }) => {
  const ui = loadPage(page);
  await page.goto("/");
  await expect(ui.heading).toBeVisible();
  await expect(ui.dropZone).toBeVisible();
  await expect(ui.chooseFiles).toHaveAttribute("type", "file");
  await expect(ui.chooseFiles).toHaveAttribute("multiple", "");
  await expect(ui.chooseFolder).toHaveAttribute("webkitdirectory", "");
  // Enabled once the engine worker is up.
  await expect(ui.generate).toBeEnabled();
  await expect(ui.header).toContainText("Trailscope");
  await expect(ui.header).toContainText("No dataset loaded");
  await expect(page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Load" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("the theme is dark by default, switches to light and stays light after a reload", async ({ page }) => {
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
  await expect(page.getByRole("button", { name: "Switch to dark theme" })).toBeVisible();
});
