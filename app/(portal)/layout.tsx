import Link from "next/link";

import { LogoutButton } from "@/components/auth/logout-button";
import { NavLinks, type NavGroup } from "@/components/portal/nav-links";
import { NavMenu } from "@/components/portal/nav-menu";
import { SearchBox } from "@/components/search/search-box";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { navItemsFor } from "@/lib/nav";
import { countUnreadNotifications } from "@/lib/notifications/queries";
import { maySearch } from "@/lib/search/access";
import { SEARCH_MAX } from "@/lib/search/schemas";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const groups: NavGroup[] = [];
  for (const item of navItemsFor((p) => can(user.roles, p))) {
    const g =
      groups.find((x) => x.group === item.group) ??
      groups[groups.push({ group: item.group, items: [] }) - 1];
    g.items.push({ href: item.href, label: item.label });
  }
  const unread = can(user.roles, "notification.read") ? await countUnreadNotifications(user.id) : 0;
  const department = user.departmentName ?? "未分配部门";
  // "院领导 · 院领导" said nothing twice: a role named like the department is left out.
  const roleText = user.roles
    .filter((r) => r !== "STAFF" || user.roles.length === 1)
    .map((r) => ROLE_LABELS[r])
    .filter((label) => label !== department)
    .join("、");
  return (
    <div className="min-h-screen lg:flex">
      <aside className="no-print relative border-b border-slate-200 bg-white lg:sticky lg:top-0 lg:h-screen lg:w-56 lg:shrink-0 lg:overflow-y-auto lg:border-r lg:border-b-0">
        <div className="px-4 py-3 lg:py-5">
          <Link href="/" prefetch={false} className="block">
            <span className="block text-xs text-slate-500">梁溪区人民检察院</span>
            <span className="text-lg font-bold text-brand-700">思政工作平台</span>
          </Link>
        </div>
        <NavMenu>
          <NavLinks groups={groups} />
        </NavMenu>
      </aside>
      <div className="min-w-0 flex-1">
        <header className="no-print flex flex-wrap items-center justify-end gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-4 py-2 text-sm">
          {maySearch(user.roles) ? <SearchBox maxLength={SEARCH_MAX} /> : null}
          {can(user.roles, "notification.read") ? (
            <Link
              href="/notifications"
              prefetch={false}
              className="inline-flex items-center gap-1 text-slate-600 hover:text-brand-700"
              aria-label={unread > 0 ? `通知，${unread} 条未读` : "通知，无未读"}
            >
              通知
              {unread > 0 ? (
                <span
                  data-testid="unread-badge"
                  className="min-w-5 rounded-full bg-red-600 px-1.5 text-center text-xs leading-5 font-medium text-white tabular-nums"
                >
                  {unread > 99 ? "99+" : unread}
                </span>
              ) : null}
            </Link>
          ) : null}
          <span className="text-slate-700">
            <span className="font-medium">{user.realName}</span>
            <span className="text-slate-500">
              {" "}
              · {department}
              {roleText ? ` · ${roleText}` : ""}
            </span>
          </span>
          <LogoutButton />
        </header>
        <main className="mx-auto max-w-6xl p-4 lg:p-6">{children}</main>
      </div>
    </div>
  );
}
