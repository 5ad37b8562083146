/** Colour theme: dark by default (SOC rooms are dark), with a readable light theme. */
import type { SliceCreator } from "./slice";

export type Theme = "dark" | "light";

export interface ThemeSlice {
  theme: Theme;
  setTheme(theme: Theme): void;
  toggleTheme(): void;
}

/** Narrows an untrusted stored string (localStorage, DOM attribute) to a Theme. */
export function parseTheme(value: string | null | undefined): Theme {
  return value === "light" ? "light" : "dark";
}

/** Creates the theme slice. */
export const createThemeSlice: SliceCreator<ThemeSlice> = (set) => ({
  theme: "dark",
  setTheme: (theme) => set({ theme }),
  toggleTheme: () => set((s) => ({ theme: s.theme === "dark" ? "light" : "dark" })),
});
