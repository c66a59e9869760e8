"use client";

import { usePathname } from "next/navigation";
import { useState } from "react";

/**
 * The one copy of the main navigation: always shown beside the page on wide
 * screens, and behind the 菜单 button on phones (closed again on navigation).
 */
export function NavMenu({ children }: { children: React.ReactNode }) {
  const path = usePathname();
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(path);
  if (open && openedAt !== path) setOpen(false);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="portal-nav"
        onClick={() => {
          setOpenedAt(path);
          setOpen(!open);
        }}
        className="absolute top-3 right-4 rounded-md border border-slate-300 px-3 py-1.5 text-sm lg:hidden"
      >
        菜单
      </button>
      <div
        id="portal-nav"
        className={`${open ? "block" : "hidden"} absolute right-0 left-0 z-20 border-b border-slate-200 bg-white p-3 shadow-lg lg:static lg:block lg:border-0 lg:px-2 lg:pt-0 lg:pb-6 lg:shadow-none`}
      >
        {children}
      </div>
    </>
  );
}
