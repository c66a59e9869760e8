import Link from "next/link";

import { EmptyState } from "@/components/ui/card";

export type MeFigure = { label: string; value: React.ReactNode; tone?: "normal" | "alert" };

/**
 * One block of "我的": a titled card with its count, a few figures, the latest
 * rows (or an empty state that says what to do), and links to the full lists.
 * The section is a named region, so that assistive technology (and the e2e
 * tests) can find each block by its title.
 */
export function MeCard({
  id,
  title,
  subtitle,
  count,
  unit = "条",
  figures,
  links,
  action,
  empty,
  children,
}: {
  id: string;
  title: string;
  subtitle?: string;
  count?: number;
  unit?: string;
  figures?: MeFigure[];
  /** The lists this block summarises; the first is its "查看全部". */
  links: { href: string; label?: string }[];
  /** A call to action beside the links, e.g. 登记学习. */
  action?: { href: string; label: string };
  /** Shown instead of the rows when there are none, with a link to start (the action unless given). */
  empty?: { title: string; hint: React.ReactNode; start?: { href: string; label: string } } | null;
  children?: React.ReactNode;
}) {
  const titleId = `me-${id}-title`;
  return (
    <section
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <header className="flex items-start justify-between gap-3 border-b border-slate-100 px-4 py-3">
        <div className="min-w-0">
          <h2 id={titleId} className="text-base font-semibold text-slate-800">
            {title}
          </h2>
          {subtitle ? <p className="mt-0.5 text-xs text-slate-500">{subtitle}</p> : null}
        </div>
        {count !== undefined ? (
          <p className="shrink-0 text-right" data-testid={`me-${id}-count`}>
            <span className="text-2xl font-bold text-slate-800 tabular-nums">{count}</span>
            <span className="ml-1 text-xs text-slate-500">{unit}</span>
          </p>
        ) : null}
      </header>
      {figures && figures.length > 0 ? (
        <dl
          className={`grid gap-2 border-b border-slate-100 px-4 py-3 text-center ${
            figures.length >= 5
              ? "grid-cols-3 sm:grid-cols-5"
              : figures.length === 4
                ? "grid-cols-2 sm:grid-cols-4"
                : "grid-cols-3"
          }`}
        >
          {figures.map((f) => (
            <div key={f.label} className="rounded-md bg-slate-50 px-1 py-2">
              <dt className="text-xs text-slate-500">{f.label}</dt>
              <dd
                className={`mt-0.5 text-lg font-semibold tabular-nums ${
                  f.tone === "alert" ? "text-red-700" : "text-slate-800"
                }`}
              >
                {f.value}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <div className="flex-1 px-4 py-2">
        {empty ? (
          <div className="py-2">
            <EmptyState
              title={empty.title}
              hint={
                <>
                  {empty.hint}
                  {(empty.start ?? action) ? (
                    <Link
                      href={(empty.start ?? action)!.href}
                      className="mt-2 block font-medium text-brand-700 hover:underline"
                    >
                      {(empty.start ?? action)!.label} →
                    </Link>
                  ) : null}
                </>
              }
            />
          </div>
        ) : (
          children
        )}
      </div>
      <footer className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 border-t border-slate-100 px-4 py-2 text-sm">
        <span className="flex flex-wrap gap-x-4 gap-y-1">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="font-medium text-brand-700 hover:underline">
              {l.label ?? "查看全部"} →
            </Link>
          ))}
        </span>
        {action ? (
          <Link href={action.href} className="text-slate-600 hover:text-brand-700 hover:underline">
            ＋ {action.label}
          </Link>
        ) : null}
      </footer>
    </section>
  );
}

/** One of the latest rows: a linked title, a line of detail, and badges on the right. */
export function MeRow({
  href,
  title,
  meta,
  badges,
  extra,
}: {
  href: string;
  title: React.ReactNode;
  meta?: React.ReactNode;
  badges?: React.ReactNode;
  extra?: React.ReactNode;
}) {
  return (
    <li className="py-2 text-sm">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <Link
            href={href}
            className="line-clamp-2 break-words text-slate-800 hover:text-brand-700 hover:underline"
          >
            {title}
          </Link>
          {meta ? <p className="mt-0.5 text-xs text-slate-500">{meta}</p> : null}
        </div>
        {badges ? <div className="flex shrink-0 flex-wrap justify-end gap-1">{badges}</div> : null}
      </div>
      {extra}
    </li>
  );
}

export function MeRows({ children }: { children: React.ReactNode }) {
  return <ul className="divide-y divide-slate-100">{children}</ul>;
}
