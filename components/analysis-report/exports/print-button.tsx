"use client";

// 打印: the browser's print dialog; the report page's print stylesheet
// (app/globals.css, .print-report) lays it out on A4 without the portal.
import { buttonClass } from "@/components/ui/styles";

export function PrintButton({ label = "打印" }: { label?: string }) {
  return (
    <button type="button" className={buttonClass.secondary} onClick={() => window.print()}>
      {label}
    </button>
  );
}
