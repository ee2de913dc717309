export type Theme = "light" | "dark";
export const THEME_STORAGE_KEY = "academy-theme";

// Runs before first paint (inlined in <head>) so the page never flashes the wrong theme.
export const themeBootScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t!=="light"&&t!=="dark"){t=window.matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme="light"}})();`;
