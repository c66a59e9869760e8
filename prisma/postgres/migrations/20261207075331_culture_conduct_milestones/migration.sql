-- CreateTable
CREATE TABLE "ConductRecord" (
    "id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT,
    "honourTitle" TEXT,
    "level" TEXT,
    "subjectUserId" TEXT,
    "subjectDepartmentId" TEXT,
    "subjectToken" TEXT,
    "occurredOn" TIMESTAMP(3) NOT NULL,
    "issuer" TEXT NOT NULL,
    "docNo" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "sealed" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokeReason" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConductRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EssayCall" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "theme" TEXT NOT NULL DEFAULT '',
    "rules" TEXT NOT NULL DEFAULT '',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "resultsPublishedAt" TIMESTAMP(3),
    "columnId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EssayCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EssayCriterion" (
    "id" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "EssayCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EssayJudge" (
    "callId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "EssayJudge_pkey" PRIMARY KEY ("callId","userId")
);

-- CreateTable
CREATE TABLE "EssayEntry" (
    "id" TEXT NOT NULL,
    "callId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "award" TEXT,
    "awardedAt" TIMESTAMP(3),
    "articleId" TEXT,

    CONSTRAINT "EssayEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EssayScore" (
    "entryId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "scoredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EssayScore_pkey" PRIMARY KEY ("entryId","judgeId","criterionId")
);

-- CreateTable
CREATE TABLE "Album" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "eventOn" TIMESTAMP(3),
    "eventId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Album_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Photo" (
    "id" TEXT NOT NULL,
    "albumId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "uploadedById" TEXT NOT NULL,
    "moderatedById" TEXT,
    "moderatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Photo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhotoTag" (
    "photoId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "taggedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PhotoTag_pkey" PRIMARY KEY ("photoId","userId")
);

-- CreateTable
CREATE TABLE "Club" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "charter" TEXT NOT NULL DEFAULT '',
    "foundedOn" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Club_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClubMember" (
    "clubId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'MEMBER',
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "leftAt" TIMESTAMP(3),

    CONSTRAINT "ClubMember_pkey" PRIMARY KEY ("clubId","userId")
);

-- CreateTable
CREATE TABLE "ClubLog" (
    "id" TEXT NOT NULL,
    "clubId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "loggedOn" TIMESTAMP(3) NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClubLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CultureEvent" (
    "id" TEXT NOT NULL,
    "clubId" TEXT,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "capacity" INTEGER,
    "registrationClosesAt" TIMESTAMP(3),
    "recordedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CultureEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CultureRegistration" (
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REGISTERED',
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attendance" TEXT,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3),

    CONSTRAINT "CultureRegistration_pkey" PRIMARY KEY ("eventId","userId")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "fromMonth" TEXT NOT NULL,
    "toMonth" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sourceType" TEXT,
    "sourceId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_subjectUserId_fkey" FOREIGN KEY ("subjectUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_subjectDepartmentId_fkey" FOREIGN KEY ("subjectDepartmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConductRecord" ADD CONSTRAINT "ConductRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayCall" ADD CONSTRAINT "EssayCall_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayCall" ADD CONSTRAINT "EssayCall_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayCriterion" ADD CONSTRAINT "EssayCriterion_callId_fkey" FOREIGN KEY ("callId") REFERENCES "EssayCall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayJudge" ADD CONSTRAINT "EssayJudge_callId_fkey" FOREIGN KEY ("callId") REFERENCES "EssayCall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayJudge" ADD CONSTRAINT "EssayJudge_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayEntry" ADD CONSTRAINT "EssayEntry_callId_fkey" FOREIGN KEY ("callId") REFERENCES "EssayCall"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayEntry" ADD CONSTRAINT "EssayEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayEntry" ADD CONSTRAINT "EssayEntry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayScore" ADD CONSTRAINT "EssayScore_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "EssayEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayScore" ADD CONSTRAINT "EssayScore_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EssayScore" ADD CONSTRAINT "EssayScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "EssayCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Album" ADD CONSTRAINT "Album_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CultureEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Album" ADD CONSTRAINT "Album_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Photo" ADD CONSTRAINT "Photo_albumId_fkey" FOREIGN KEY ("albumId") REFERENCES "Album"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Photo" ADD CONSTRAINT "Photo_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Photo" ADD CONSTRAINT "Photo_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhotoTag" ADD CONSTRAINT "PhotoTag_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Photo"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhotoTag" ADD CONSTRAINT "PhotoTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhotoTag" ADD CONSTRAINT "PhotoTag_taggedById_fkey" FOREIGN KEY ("taggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Club" ADD CONSTRAINT "Club_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubMember" ADD CONSTRAINT "ClubMember_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubMember" ADD CONSTRAINT "ClubMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubMember" ADD CONSTRAINT "ClubMember_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubLog" ADD CONSTRAINT "ClubLog_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClubLog" ADD CONSTRAINT "ClubLog_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CultureEvent" ADD CONSTRAINT "CultureEvent_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CultureEvent" ADD CONSTRAINT "CultureEvent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CultureRegistration" ADD CONSTRAINT "CultureRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "CultureEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CultureRegistration" ADD CONSTRAINT "CultureRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CultureRegistration" ADD CONSTRAINT "CultureRegistration_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

