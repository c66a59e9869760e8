-- CreateTable
CREATE TABLE "PulseRound" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "allowComment" BOOLEAN NOT NULL DEFAULT true,
    "eligibleCount" INTEGER NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PulseRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseQuestion" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "PulseQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseParticipation" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "PulseParticipation_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateTable
CREATE TABLE "PulseResponse" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "departmentId" TEXT,
    "ageLayer" TEXT NOT NULL,
    "commentEnc" TEXT,

    CONSTRAINT "PulseResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseAnswer" (
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "PulseAnswer_pkey" PRIMARY KEY ("responseId","questionId")
);

-- CreateTable
CREATE TABLE "StudyCampaign" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudyCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyActivity" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT,
    "type" TEXT NOT NULL,
    "theme" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL DEFAULT '',
    "heldAt" TIMESTAMP(3) NOT NULL,
    "scopeType" TEXT NOT NULL,
    "scopeValue" TEXT NOT NULL DEFAULT '',
    "organiserId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StudyActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyAttendance" (
    "activityId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" TEXT,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3),

    CONSTRAINT "StudyAttendance_pkey" PRIMARY KEY ("activityId","userId")
);

-- CreateTable
CREATE TABLE "StudyLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "studiedOn" TIMESTAMP(3) NOT NULL,
    "tenths" INTEGER NOT NULL,
    "reflection" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudyLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StudyPointRule" (
    "key" TEXT NOT NULL,
    "tenths" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StudyPointRule_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "QuotaRound" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "places" INTEGER NOT NULL,
    "registrationOpensAt" TIMESTAMP(3) NOT NULL,
    "registrationClosesAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REGISTRATION',
    "publicityStartsOn" TIMESTAMP(3),
    "publicityEndsOn" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "concludedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuotaRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuotaComponent" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL,
    "maxScore" INTEGER NOT NULL DEFAULT 100,

    CONSTRAINT "QuotaComponent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuotaRegistration" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "totalCenti" INTEGER,
    "rank" INTEGER,
    "outcome" TEXT NOT NULL DEFAULT 'PENDING',

    CONSTRAINT "QuotaRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuotaScore" (
    "registrationId" TEXT NOT NULL,
    "componentId" TEXT NOT NULL,
    "centi" INTEGER NOT NULL,
    "enteredById" TEXT,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuotaScore_pkey" PRIMARY KEY ("registrationId","componentId")
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

-- AddForeignKey
ALTER TABLE "PulseRound" ADD CONSTRAINT "PulseRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseQuestion" ADD CONSTRAINT "PulseQuestion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseParticipation" ADD CONSTRAINT "PulseParticipation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseParticipation" ADD CONSTRAINT "PulseParticipation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseResponse" ADD CONSTRAINT "PulseResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseAnswer" ADD CONSTRAINT "PulseAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "PulseResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PulseAnswer" ADD CONSTRAINT "PulseAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "PulseQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyCampaign" ADD CONSTRAINT "StudyCampaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyActivity" ADD CONSTRAINT "StudyActivity_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "StudyCampaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyActivity" ADD CONSTRAINT "StudyActivity_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyActivity" ADD CONSTRAINT "StudyActivity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyAttendance" ADD CONSTRAINT "StudyAttendance_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "StudyActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyAttendance" ADD CONSTRAINT "StudyAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyAttendance" ADD CONSTRAINT "StudyAttendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyLog" ADD CONSTRAINT "StudyLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyLog" ADD CONSTRAINT "StudyLog_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StudyPointRule" ADD CONSTRAINT "StudyPointRule_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaRound" ADD CONSTRAINT "QuotaRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaComponent" ADD CONSTRAINT "QuotaComponent_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "QuotaRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaRegistration" ADD CONSTRAINT "QuotaRegistration_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "QuotaRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaRegistration" ADD CONSTRAINT "QuotaRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaScore" ADD CONSTRAINT "QuotaScore_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "QuotaRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaScore" ADD CONSTRAINT "QuotaScore_componentId_fkey" FOREIGN KEY ("componentId") REFERENCES "QuotaComponent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuotaScore" ADD CONSTRAINT "QuotaScore_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

