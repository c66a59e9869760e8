"use client";

import { useActionState } from "react";

import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/styles";
import { Spinner } from "@/components/ui/submit-button";
import { cancelRegistration, registerForEvent } from "@/lib/culture/events/actions";

/**
 * 报名 / 取消报名 for the viewer. Registering on a full event is not an error:
 * the answer says the viewer is on the waiting list, and at which place. The
 * answer stays shown after the page refreshes into the registered state (the
 * panel keeps its place in the page, so its state survives the refresh).
 */
export function RegisterPanel({
  eventId,
  title,
  mine,
}: {
  eventId: string;
  title: string;
  mine: "REGISTERED" | "WAITLISTED" | null;
}) {
  const [state, register, pending] = useActionState(registerForEvent, null);
  const shown = state && (!state.ok || mine !== null) ? state : null;
  return (
    <div className="flex flex-col items-start gap-1">
      {mine ? (
        <ActionButton
          key={mine}
          action={cancelRegistration}
          fields={{ eventId }}
          label={mine === "WAITLISTED" ? "退出候补" : "取消报名"}
          confirm={
            mine === "WAITLISTED"
              ? `确定退出“${title}”的候补名单？再次报名将排在候补名单末尾。`
              : `确定取消“${title}”的报名？您的名额将按先后顺序递补给候补人员，再次报名须重新排队。`
          }
          destructive
        />
      ) : (
        <form action={register}>
          <input type="hidden" name="eventId" value={eventId} />
          <button
            type="submit"
            disabled={pending}
            aria-busy={pending}
            className={`${buttonClass.primary} px-3 py-1`}
          >
            {pending ? <Spinner /> : null}
            报名
          </button>
        </form>
      )}
      {shown ? (
        shown.ok ? (
          <p
            role="status"
            className={`text-sm ${shown.data.status === "WAITLISTED" ? "text-amber-700" : "text-green-700"}`}
          >
            {shown.data.message}
          </p>
        ) : (
          <p role="alert" className="text-sm text-red-600">
            {shown.message}
          </p>
        )
      ) : null}
    </div>
  );
}
