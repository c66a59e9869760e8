import Link from "next/link";

import { buttonClass } from "@/components/ui/styles";

/** Links between the desk's pages, shown to those who may reach them. */
export function ConsultLinks({ canAnswer, canStats }: { canAnswer: boolean; canStats: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      {canAnswer ? (
        <Link href="/consult/log" className={buttonClass.primary}>
          代为登记咨询
        </Link>
      ) : null}
      <Link href="/consult/faq" className={buttonClass.secondary}>
        政策解读
      </Link>
      {canStats ? (
        <Link href="/consult/stats" className={buttonClass.secondary}>
          咨询统计
        </Link>
      ) : null}
    </div>
  );
}
