"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavGroup = { group: string; items: { href: string; label: string }[] };

export function NavLinks({ groups }: { groups: NavGroup[] }) {
  const path = usePathname();
  const matches = (href: string) =>
    href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
  // Only the most specific entry is current: /consult/stats is 咨询统计, not also 改革咨询.
  const current = groups
    .flatMap((g) => g.items.map((i) => i.href))
    .filter(matches)
    .sort((a, b) => b.length - a.length)[0];
  const active = (href: string) => href === current;
  return (
    <nav aria-label="主导航" className="space-y-4">
      {groups.map((g) => (
        <div key={g.group}>
          <p className="px-3 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {g.group}
          </p>
          <ul className="space-y-0.5">
            {g.items.map((i) => (
              <li key={i.href}>
                <Link
                  href={i.href}
                  // Not prefetched: every page is per-user and dynamic, and
                  // some 20 entries in view would each cost a server render.
                  prefetch={false}
                  aria-current={active(i.href) ? "page" : undefined}
                  className={`block rounded-md px-3 py-2 text-sm ${active(i.href) ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
                >
                  {i.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
