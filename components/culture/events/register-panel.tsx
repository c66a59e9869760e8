"use client";

import { ActionButton } from "@/components/ui/action-button";
import { cancelRegistration, registerForEvent } from "@/lib/culture/events/actions";

/**
 * 报名 / 取消报名 for the viewer. Registering on a full event is not an error:
 * the answer says the viewer is on the waiting list, and at which place.
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
  if (!mine)
    return (
      <ActionButton
        action={registerForEvent}
        fields={{ eventId }}
        label="报名"
        variant="primary"
        success={(d) => (
          <span className={d.status === "WAITLISTED" ? "text-amber-700" : "text-green-700"}>
            {d.message}
          </span>
        )}
      />
    );
  return (
    <ActionButton
      action={cancelRegistration}
      fields={{ eventId }}
      label={mine === "WAITLISTED" ? "退出候补" : "取消报名"}
      confirm={
        mine === "WAITLISTED"
          ? `确定退出“${title}”的候补名单？再次报名将排在候补名单末尾。`
          : `确定取消“${title}”的报名？您的名额将按先后顺序递补给候补人员，再次报名须重新排队。`
      }
      destructive
      success={() => <span className="text-green-700">已取消</span>}
    />
  );
}
