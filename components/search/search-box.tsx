"use client";

import { useEffect, useRef } from "react";

/** Whether a key press happens while the user is typing somewhere else. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The header's 全站搜索 box: a plain GET form to /search, so it works without
 * JavaScript. With it, "/" or Ctrl+K (⌘K) puts the cursor in the box from
 * anywhere on the page, and Escape leaves it.
 */
export function SearchBox({ maxLength }: { maxLength: number }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k";
      const slash = e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(e.target);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="全站搜索"
      className="mr-auto flex min-w-0 items-center gap-2"
    >
      <label htmlFor="global-search" className="shrink-0 text-slate-600">
        全站搜索
      </label>
      <input
        ref={input}
        id="global-search"
        name="q"
        type="search"
        maxLength={maxLength}
        placeholder="姓名、标题或编号"
        aria-keyshortcuts="/ Control+K"
        onKeyDown={(e) => {
          if (e.key === "Escape") e.currentTarget.blur();
        }}
        className="w-40 min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none sm:w-56"
      />
      <button
        type="submit"
        className="shrink-0 rounded-md border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-50"
      >
        搜索
      </button>
      <span className="hidden text-xs text-slate-500 xl:inline" aria-hidden="true">
        按 <kbd className="rounded border border-slate-300 px-1 font-mono">/</kbd> 聚焦
      </span>
    </form>
  );
}
