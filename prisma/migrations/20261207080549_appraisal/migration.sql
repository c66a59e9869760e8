-- CreateTable
CREATE TABLE "AppraisalTemplate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "definition" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AppraisalTemplate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppraisalCycle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "half" INTEGER,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "templateId" TEXT,
    "copiedFromId" TEXT,
    "distribution" TEXT NOT NULL,
    "scoringDueAt" DATETIME,
    "publicityStartsAt" DATETIME,
    "publicityEndsAt" DATETIME,
    "launchedAt" DATETIME,
    "snapshotAt" DATETIME,
    "lockedAt" DATETIME,
    "archivedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AppraisalCycle_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AppraisalTemplate" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AppraisalCycle_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "AppraisalCycle" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AppraisalCycle_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppraisalCategory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cycleId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    CONSTRAINT "AppraisalCategory_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AppraisalCycle" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppraisalIndicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cycleId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "weight" INTEGER NOT NULL,
    "target" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "rule" TEXT,
    "scorer" TEXT,
    CONSTRAINT "AppraisalIndicator_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AppraisalCycle" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AppraisalIndicator_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "AppraisalCategory" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppraisalSheet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cycleId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "userId" TEXT,
    "departmentId" TEXT,
    "subjectName" TEXT NOT NULL,
    "departmentName" TEXT NOT NULL DEFAULT '',
    "position" TEXT NOT NULL DEFAULT '',
    "prosecutor" BOOLEAN NOT NULL DEFAULT false,
    "totalCenti" INTEGER,
    "categoryCenti" TEXT,
    "rankInDept" INTEGER,
    "rankOverall" INTEGER,
    "grade" TEXT,
    "finalTotalCenti" INTEGER,
    "finalGrade" TEXT,
    "computedAt" DATETIME,
    CONSTRAINT "AppraisalSheet_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AppraisalCycle" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AppraisalSheet_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AppraisalSheet_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppraisalResult" (
    "sheetId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "centi" INTEGER,
    "evidence" TEXT,
    "detail" TEXT,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("sheetId", "indicatorId"),
    CONSTRAINT "AppraisalResult_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "AppraisalSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AppraisalResult_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "AppraisalIndicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppraisalAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sheetId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "scorerId" TEXT,
    "scorerKey" TEXT NOT NULL,
    "dueAt" DATETIME,
    "centi" INTEGER,
    "reason" TEXT,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "scoredAt" DATETIME,
    "remindedAt" DATETIME,
    CONSTRAINT "AppraisalAssignment_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "AppraisalSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AppraisalAssignment_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "AppraisalIndicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AppraisalAssignment_scorerId_fkey" FOREIGN KEY ("scorerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppraisalAdjustment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sheetId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "beforeCenti" INTEGER NOT NULL,
    "afterCenti" INTEGER NOT NULL,
    "beforeGrade" TEXT,
    "afterGrade" TEXT,
    "reason" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AppraisalAdjustment_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "AppraisalSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AppraisalAdjustment_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppraisalObjection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sheetId" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "filedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" DATETIME,
    CONSTRAINT "AppraisalObjection_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "AppraisalSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AppraisalObjection_filedById_fkey" FOREIGN KEY ("filedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AppraisalObjection_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HonourBatch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cycleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "honourTitle" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "quota" INTEGER NOT NULL,
    "eligibleGrades" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "nominationsDue" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HonourBatch_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "AppraisalCycle" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HonourBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HonourNomination" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "batchId" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "nomineeId" TEXT NOT NULL,
    "departmentId" TEXT,
    "nominatedById" TEXT NOT NULL,
    "deeds" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '[]',
    "stage" TEXT NOT NULL DEFAULT 'DEPARTMENT',
    "conductRecordId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "HonourNomination_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "HonourBatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HonourNomination_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "AppraisalSheet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HonourNomination_nomineeId_fkey" FOREIGN KEY ("nomineeId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HonourNomination_nominatedById_fkey" FOREIGN KEY ("nominatedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HonourNomination_conductRecordId_fkey" FOREIGN KEY ("conductRecordId") REFERENCES "ConductRecord" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HonourReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nominationId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "opinion" TEXT NOT NULL DEFAULT '',
    "reviewerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HonourReview_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "HonourNomination" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HonourReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConductPointRule" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "centi" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConductPointRule_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalTemplate_name_key" ON "AppraisalTemplate"("name");

-- CreateIndex
CREATE INDEX "AppraisalCycle_year_idx" ON "AppraisalCycle"("year");

-- CreateIndex
CREATE INDEX "AppraisalCycle_status_idx" ON "AppraisalCycle"("status");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalCategory_cycleId_category_key" ON "AppraisalCategory"("cycleId", "category");

-- CreateIndex
CREATE INDEX "AppraisalIndicator_cycleId_idx" ON "AppraisalIndicator"("cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalIndicator_categoryId_position_key" ON "AppraisalIndicator"("categoryId", "position");

-- CreateIndex
CREATE INDEX "AppraisalSheet_cycleId_departmentId_idx" ON "AppraisalSheet"("cycleId", "departmentId");

-- CreateIndex
CREATE INDEX "AppraisalSheet_userId_idx" ON "AppraisalSheet"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalSheet_cycleId_subjectKey_key" ON "AppraisalSheet"("cycleId", "subjectKey");

-- CreateIndex
CREATE INDEX "AppraisalResult_indicatorId_idx" ON "AppraisalResult"("indicatorId");

-- CreateIndex
CREATE INDEX "AppraisalAssignment_scorerId_scoredAt_idx" ON "AppraisalAssignment"("scorerId", "scoredAt");

-- CreateIndex
CREATE INDEX "AppraisalAssignment_scorerKey_idx" ON "AppraisalAssignment"("scorerKey");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalAssignment_sheetId_indicatorId_scorerKey_key" ON "AppraisalAssignment"("sheetId", "indicatorId", "scorerKey");

-- CreateIndex
CREATE INDEX "AppraisalAdjustment_sheetId_idx" ON "AppraisalAdjustment"("sheetId");

-- CreateIndex
CREATE UNIQUE INDEX "AppraisalObjection_sheetId_key" ON "AppraisalObjection"("sheetId");

-- CreateIndex
CREATE INDEX "AppraisalObjection_status_idx" ON "AppraisalObjection"("status");

-- CreateIndex
CREATE INDEX "HonourBatch_cycleId_idx" ON "HonourBatch"("cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "HonourNomination_conductRecordId_key" ON "HonourNomination"("conductRecordId");

-- CreateIndex
CREATE INDEX "HonourNomination_batchId_stage_idx" ON "HonourNomination"("batchId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "HonourNomination_batchId_nomineeId_key" ON "HonourNomination"("batchId", "nomineeId");

-- CreateIndex
CREATE INDEX "HonourReview_nominationId_idx" ON "HonourReview"("nominationId");

