"use client";

import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

import { DETAILS_CLASS, SUMMARY_CLASS } from "./data-details";

/**
 * DataDetails for a large table that a client component draws from data it
 * already holds: the table is rendered when the reader opens "查看…" or the
 * page is printed, not on every page view. Closed <details> content is out of
 * the accessibility tree anyway, so screen readers lose nothing.
 */
export function LazyDetails({
  summary = "查看数据表",
  children,
}: {
  summary?: string;
  children: () => React.ReactNode;
}) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // Synchronously, so that the table is in the page before the print layout.
    const show = () => flushSync(() => setShown(true));
    window.addEventListener("beforeprint", show);
    return () => window.removeEventListener("beforeprint", show);
  }, []);
  return (
    <details
      data-print-open
      className={DETAILS_CLASS}
      onToggle={(e) => e.currentTarget.open && setShown(true)}
    >
      <summary className={SUMMARY_CLASS}>{summary}</summary>
      <div className="border-t border-slate-100 p-2 print:border-0 print:p-0">
        {shown ? children() : null}
      </div>
    </details>
  );
}
