-- CreateTable
CREATE TABLE "PulseRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "allowComment" BOOLEAN NOT NULL DEFAULT true,
    "eligibleCount" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PulseRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PulseQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "PulseQuestion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PulseParticipation" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("roundId", "userId"),
    CONSTRAINT "PulseParticipation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PulseParticipation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "PulseResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "departmentId" TEXT,
    "ageLayer" TEXT NOT NULL,
    "commentEnc" TEXT,
    CONSTRAINT "PulseResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "PulseAnswer" (
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    PRIMARY KEY ("responseId", "questionId"),
    CONSTRAINT "PulseAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "PulseResponse" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PulseAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "PulseQuestion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;

-- CreateTable
CREATE TABLE "StudyCampaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StudyCampaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT,
    "type" TEXT NOT NULL,
    "theme" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT '',
    "heldAt" DATETIME NOT NULL,
    "scopeType" TEXT NOT NULL,
    "scopeValue" TEXT NOT NULL DEFAULT '',
    "organiserId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "recordedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StudyActivity_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "StudyCampaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StudyActivity_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StudyActivity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyAttendance" (
    "activityId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT,
    "recordedById" TEXT,
    "recordedAt" DATETIME,

    PRIMARY KEY ("activityId", "userId"),
    CONSTRAINT "StudyAttendance_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "StudyActivity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StudyAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StudyAttendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "studiedOn" DATETIME NOT NULL,
    "tenths" INTEGER NOT NULL,
    "reflection" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "reviewComment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StudyLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StudyLog_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StudyPointRule" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "tenths" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StudyPointRule_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuotaRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "places" INTEGER NOT NULL,
    "registrationOpensAt" DATETIME NOT NULL,
    "registrationClosesAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REGISTRATION',
    "publicityStartsOn" DATETIME,
    "publicityEndsOn" DATETIME,
    "publishedAt" DATETIME,
    "concludedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuotaRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuotaComponent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL DEFAULT 100,
    CONSTRAINT "QuotaComponent_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "QuotaRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuotaRegistration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "registeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "totalCenti" INTEGER,
    "rank" INTEGER,
    "outcome" TEXT NOT NULL DEFAULT 'PENDING',
    CONSTRAINT "QuotaRegistration_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "QuotaRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuotaRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuotaScore" (
    "registrationId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "centi" INTEGER NOT NULL,
    "enteredById" TEXT,
    "enteredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("registrationId", "componentId"),
    CONSTRAINT "QuotaScore_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "QuotaRegistration" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuotaScore_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "QuotaComponent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuotaScore_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PulseRound_closesAt_idx" ON "PulseRound"("closesAt");

-- CreateIndex
CREATE UNIQUE INDEX "PulseQuestion_roundId_position_key" ON "PulseQuestion"("roundId", "position");

-- CreateIndex
CREATE INDEX "PulseParticipation_userId_idx" ON "PulseParticipation"("userId");

-- CreateIndex
CREATE INDEX "PulseResponse_roundId_departmentId_idx" ON "PulseResponse"("roundId", "departmentId");

-- CreateIndex
CREATE INDEX "PulseAnswer_questionId_idx" ON "PulseAnswer"("questionId");

-- CreateIndex
CREATE INDEX "StudyCampaign_startsOn_idx" ON "StudyCampaign"("startsOn");

-- CreateIndex
CREATE INDEX "StudyActivity_campaignId_idx" ON "StudyActivity"("campaignId");

-- CreateIndex
CREATE INDEX "StudyActivity_heldAt_idx" ON "StudyActivity"("heldAt");

-- CreateIndex
CREATE INDEX "StudyActivity_organiserId_idx" ON "StudyActivity"("organiserId");

-- CreateIndex
CREATE INDEX "StudyAttendance_userId_status_idx" ON "StudyAttendance"("userId", "status");

-- CreateIndex
CREATE INDEX "StudyLog_userId_studiedOn_idx" ON "StudyLog"("userId", "studiedOn");

-- CreateIndex
CREATE INDEX "StudyLog_status_idx" ON "StudyLog"("status");

-- CreateIndex
CREATE INDEX "QuotaRound_registrationOpensAt_idx" ON "QuotaRound"("registrationOpensAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuotaComponent_roundId_position_key" ON "QuotaComponent"("roundId", "position");

-- CreateIndex
CREATE INDEX "QuotaRegistration_userId_idx" ON "QuotaRegistration"("userId");

-- CreateIndex
CREATE INDEX "QuotaRegistration_roundId_outcome_idx" ON "QuotaRegistration"("roundId", "outcome");

-- CreateIndex
CREATE UNIQUE INDEX "QuotaRegistration_roundId_userId_key" ON "QuotaRegistration"("roundId", "userId");

-- CreateIndex
CREATE INDEX "QuotaScore_componentId_idx" ON "QuotaScore"("componentId");


-- Hand-written (SQLite only): anonymous mailbox letters and their entries move
-- to WITHOUT ROWID tables, so that the file's physical row order follows the
-- random ids, not the order in which letters arrived (SECURITY.md 17).
-- scripts/db-check.ts verifies that these tables stay WITHOUT ROWID.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MailboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "category" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL,
    "authorId" TEXT,
    "receivedOn" TEXT NOT NULL,
    "subjectEnc" TEXT NOT NULL,
    "accessCodeHash" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "statusChangedAt" DATETIME,
    "followUpId" TEXT,
    CONSTRAINT "MailboxMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_MailboxMessage" ("id", "category", "anonymous", "authorId", "receivedOn", "subjectEnc", "accessCodeHash", "status", "statusChangedAt", "followUpId")
SELECT "id", "category", "anonymous", "authorId", "receivedOn", "subjectEnc", "accessCodeHash", "status", "statusChangedAt", "followUpId" FROM "MailboxMessage";
CREATE TABLE "new_MailboxEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "messageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "authorId" TEXT,
    "bodyEnc" TEXT NOT NULL,
    "postedOn" TEXT NOT NULL,
    "postedAt" DATETIME,
    CONSTRAINT "MailboxEntry_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "MailboxMessage" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MailboxEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_MailboxEntry" ("id", "messageId", "kind", "authorId", "bodyEnc", "postedOn", "postedAt")
SELECT "id", "messageId", "kind", "authorId", "bodyEnc", "postedOn", "postedAt" FROM "MailboxEntry";
DROP TABLE "MailboxEntry";
DROP TABLE "MailboxMessage";
ALTER TABLE "new_MailboxMessage" RENAME TO "MailboxMessage";
ALTER TABLE "new_MailboxEntry" RENAME TO "MailboxEntry";
CREATE UNIQUE INDEX "MailboxMessage_accessCodeHash_key" ON "MailboxMessage"("accessCodeHash");
CREATE UNIQUE INDEX "MailboxMessage_followUpId_key" ON "MailboxMessage"("followUpId");
CREATE INDEX "MailboxMessage_status_idx" ON "MailboxMessage"("status");
CREATE INDEX "MailboxMessage_authorId_idx" ON "MailboxMessage"("authorId");
CREATE INDEX "MailboxEntry_messageId_idx" ON "MailboxEntry"("messageId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
