-- CreateTable
CREATE TABLE "ConductRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "category" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT,
    "honourTitle" TEXT,
    "level" TEXT,
    "subjectUserId" TEXT,
    "subjectDepartmentId" TEXT,
    "subjectToken" TEXT,
    "occurredOn" DATETIME NOT NULL,
    "issuer" TEXT NOT NULL,
    "docNo" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "sealed" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "confirmedById" TEXT,
    "confirmedAt" DATETIME,
    "revokedById" TEXT,
    "revokedAt" DATETIME,
    "revokeReason" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConductRecord_subjectUserId_fkey" FOREIGN KEY ("subjectUserId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConductRecord_subjectDepartmentId_fkey" FOREIGN KEY ("subjectDepartmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ConductRecord_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ConductRecord_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ConductRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EssayCall" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "theme" TEXT NOT NULL DEFAULT '',
    "rules" TEXT NOT NULL DEFAULT '',
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "resultsPublishedAt" DATETIME,
    "columnId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EssayCall_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EssayCall_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EssayCriterion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "callId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    CONSTRAINT "EssayCriterion_callId_fkey" FOREIGN KEY ("callId") REFERENCES "EssayCall" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EssayJudge" (
    "callId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("callId", "userId"),
    CONSTRAINT "EssayJudge_callId_fkey" FOREIGN KEY ("callId") REFERENCES "EssayCall" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EssayJudge_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EssayEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "callId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "award" TEXT,
    "awardedAt" DATETIME,
    "articleId" TEXT,
    CONSTRAINT "EssayEntry_callId_fkey" FOREIGN KEY ("callId") REFERENCES "EssayCall" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EssayEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EssayEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EssayScore" (
    "entryId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "scoredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("entryId", "judgeId", "criterionId"),
    CONSTRAINT "EssayScore_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "EssayEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EssayScore_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EssayScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "EssayCriterion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Album" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "eventOn" DATETIME,
    "eventId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Album_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CultureEvent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Album_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Photo" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "albumId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "uploadedById" TEXT NOT NULL,
    "moderatedById" TEXT,
    "moderatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Photo_albumId_fkey" FOREIGN KEY ("albumId") REFERENCES "Album" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Photo_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Photo_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PhotoTag" (
    "photoId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "taggedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("photoId", "userId"),
    CONSTRAINT "PhotoTag_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Photo" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PhotoTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PhotoTag_taggedById_fkey" FOREIGN KEY ("taggedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Club" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "charter" TEXT NOT NULL DEFAULT '',
    "foundedOn" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Club_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClubMember" (
    "clubId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'MEMBER',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "leftAt" DATETIME,

    PRIMARY KEY ("clubId", "userId"),
    CONSTRAINT "ClubMember_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClubMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClubMember_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClubLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clubId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "loggedOn" DATETIME NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClubLog_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClubLog_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CultureEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clubId" TEXT,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT '',
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME,
    "capacity" INTEGER,
    "registrationClosesAt" DATETIME,
    "recordedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CultureEvent_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CultureEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CultureRegistration" (
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REGISTERED',
    "registeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attendance" TEXT,
    "recordedById" TEXT,
    "recordedAt" DATETIME,

    PRIMARY KEY ("eventId", "userId"),
    CONSTRAINT "CultureRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CultureEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CultureRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CultureRegistration_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "fromMonth" TEXT NOT NULL,
    "toMonth" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceType" TEXT,
    "sourceId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Milestone_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ConductRecord_category_status_occurredOn_idx" ON "ConductRecord"("category", "status", "occurredOn");

-- CreateIndex
CREATE INDEX "ConductRecord_subjectUserId_status_idx" ON "ConductRecord"("subjectUserId", "status");

-- CreateIndex
CREATE INDEX "ConductRecord_subjectDepartmentId_status_idx" ON "ConductRecord"("subjectDepartmentId", "status");

-- CreateIndex
CREATE INDEX "ConductRecord_subjectToken_idx" ON "ConductRecord"("subjectToken");

-- CreateIndex
CREATE INDEX "EssayCall_opensAt_idx" ON "EssayCall"("opensAt");

-- CreateIndex
CREATE UNIQUE INDEX "EssayCriterion_callId_position_key" ON "EssayCriterion"("callId", "position");

-- CreateIndex
CREATE INDEX "EssayJudge_userId_idx" ON "EssayJudge"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EssayEntry_articleId_key" ON "EssayEntry"("articleId");

-- CreateIndex
CREATE INDEX "EssayEntry_authorId_idx" ON "EssayEntry"("authorId");

-- CreateIndex
CREATE INDEX "EssayEntry_award_awardedAt_idx" ON "EssayEntry"("award", "awardedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EssayEntry_callId_authorId_key" ON "EssayEntry"("callId", "authorId");

-- CreateIndex
CREATE INDEX "EssayScore_judgeId_idx" ON "EssayScore"("judgeId");

-- CreateIndex
CREATE UNIQUE INDEX "Album_eventId_key" ON "Album"("eventId");

-- CreateIndex
CREATE INDEX "Album_eventOn_idx" ON "Album"("eventOn");

-- CreateIndex
CREATE UNIQUE INDEX "Photo_attachmentId_key" ON "Photo"("attachmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Photo_thumbKey_key" ON "Photo"("thumbKey");

-- CreateIndex
CREATE INDEX "Photo_albumId_status_idx" ON "Photo"("albumId", "status");

-- CreateIndex
CREATE INDEX "Photo_uploadedById_idx" ON "Photo"("uploadedById");

-- CreateIndex
CREATE INDEX "PhotoTag_userId_idx" ON "PhotoTag"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Club_name_key" ON "Club"("name");

-- CreateIndex
CREATE INDEX "ClubMember_userId_status_idx" ON "ClubMember"("userId", "status");

-- CreateIndex
CREATE INDEX "ClubLog_clubId_loggedOn_idx" ON "ClubLog"("clubId", "loggedOn");

-- CreateIndex
CREATE INDEX "CultureEvent_clubId_startsAt_idx" ON "CultureEvent"("clubId", "startsAt");

-- CreateIndex
CREATE INDEX "CultureEvent_startsAt_idx" ON "CultureEvent"("startsAt");

-- CreateIndex
CREATE INDEX "CultureRegistration_eventId_status_registeredAt_idx" ON "CultureRegistration"("eventId", "status", "registeredAt");

-- CreateIndex
CREATE INDEX "CultureRegistration_userId_idx" ON "CultureRegistration"("userId");

-- CreateIndex
CREATE INDEX "Milestone_fromMonth_idx" ON "Milestone"("fromMonth");

