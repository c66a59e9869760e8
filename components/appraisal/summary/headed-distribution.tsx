import { excellentCap } from "@/lib/appraisal/grades";
import type { HeadDistribution } from "@/lib/appraisal/queries";

import { GradeDistributionView } from "./grade-distribution";

/** A head's departments, each with its grades against the 院's target distribution. */
export function HeadedDistribution({ data }: { data: HeadDistribution }) {
  return (
    <div className="space-y-6">
      {data.departments.map((d, i) => (
        <GradeDistributionView
          key={d.departmentId ?? i}
          id={`head-grades-${i}`}
          title={d.departmentName}
          dist={d}
          target={data.target}
          cap={excellentCap(d.people, data.target)}
          note={`优秀比例在全院范围内控制；按目标比例，本部门 ${d.people} 人中优秀至多约 ${excellentCap(d.people, data.target)} 人，供对照。`}
        />
      ))}
    </div>
  );
}
