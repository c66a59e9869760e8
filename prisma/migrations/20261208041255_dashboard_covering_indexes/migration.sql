-- DropIndex
DROP INDEX "PulseResponse_roundId_departmentId_idx";

-- DropIndex
DROP INDEX "StudyLog_status_idx";

-- CreateIndex
CREATE INDEX "PulseResponse_roundId_departmentId_ageLayer_idx" ON "PulseResponse"("roundId", "departmentId", "ageLayer");

-- CreateIndex
CREATE INDEX "StudyLog_status_studiedOn_idx" ON "StudyLog"("status", "studiedOn");

