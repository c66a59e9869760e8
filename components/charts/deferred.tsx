"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A box of the chart's height that mounts its children (a chart loaded with
 * next/dynamic) only once it comes within 200 px of the viewport. Pages
 * thus load and run recharts only when a chart is about to be seen, never in
 * their first-load JS, and the box keeps the layout from shifting when the
 * chart arrives. Charts are print:hidden; the tables beside them print.
 */
export function Deferred({ height, children }: { height: number; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setNear(true),
      { rootMargin: "200px 0px" },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  return (
    <div ref={ref} style={{ height }}>
      {near ? children : null}
    </div>
  );
}
