// zod schemas for the dashboard's one write: opening a follow-up from a warning.
import { z } from "zod";

import { id } from "../forms/fields";

export const OpenWarningFollowUpInput = z.object({ departmentId: id("部门") });
