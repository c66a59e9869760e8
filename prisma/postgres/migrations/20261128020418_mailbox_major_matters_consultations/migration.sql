-- CreateTable
CREATE TABLE "MailboxMessage" (
    "id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL,
    "authorId" TEXT,
    "receivedOn" TEXT NOT NULL,
    "subjectEnc" TEXT NOT NULL,
    "accessCodeHash" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "statusChangedAt" TIMESTAMP(3),
    "followUpId" TEXT,

    CONSTRAINT "MailboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailboxEntry" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "authorId" TEXT,
    "bodyEnc" TEXT NOT NULL,
    "postedOn" TEXT NOT NULL,
    "postedAt" TIMESTAMP(3),

    CONSTRAINT "MailboxEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MajorMatterReport" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "occurredOn" TIMESTAMP(3),
    "detailEnc" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "acknowledgedById" TEXT,
    "acknowledgedAt" TIMESTAMP(3),
    "ackNoteEnc" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MajorMatterReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "askerId" TEXT NOT NULL,
    "loggedById" TEXT,
    "channel" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredById" TEXT,
    "askedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationTag" (
    "consultationId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "ConsultationTag_pkey" PRIMARY KEY ("consultationId","tag")
);

-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '',
    "consultationId" TEXT,
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FaqEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MailboxMessage_accessCodeHash_key" ON "MailboxMessage"("accessCodeHash");

-- CreateIndex
CREATE UNIQUE INDEX "MailboxMessage_followUpId_key" ON "MailboxMessage"("followUpId");

-- CreateIndex
CREATE INDEX "MailboxMessage_status_idx" ON "MailboxMessage"("status");

-- CreateIndex
CREATE INDEX "MailboxMessage_authorId_idx" ON "MailboxMessage"("authorId");

-- CreateIndex
CREATE INDEX "MailboxEntry_messageId_idx" ON "MailboxEntry"("messageId");

-- CreateIndex
CREATE INDEX "MajorMatterReport_userId_idx" ON "MajorMatterReport"("userId");

-- CreateIndex
CREATE INDEX "MajorMatterReport_status_idx" ON "MajorMatterReport"("status");

-- CreateIndex
CREATE INDEX "Consultation_status_askedAt_idx" ON "Consultation"("status", "askedAt");

-- CreateIndex
CREATE INDEX "Consultation_askerId_idx" ON "Consultation"("askerId");

-- CreateIndex
CREATE INDEX "Consultation_askedAt_idx" ON "Consultation"("askedAt");

-- CreateIndex
CREATE INDEX "ConsultationTag_tag_idx" ON "ConsultationTag"("tag");

-- CreateIndex
CREATE UNIQUE INDEX "FaqEntry_consultationId_key" ON "FaqEntry"("consultationId");

-- CreateIndex
CREATE INDEX "FaqEntry_publishedAt_idx" ON "FaqEntry"("publishedAt");

-- AddForeignKey
ALTER TABLE "MailboxMessage" ADD CONSTRAINT "MailboxMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailboxEntry" ADD CONSTRAINT "MailboxEntry_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "MailboxMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailboxEntry" ADD CONSTRAINT "MailboxEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorMatterReport" ADD CONSTRAINT "MajorMatterReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MajorMatterReport" ADD CONSTRAINT "MajorMatterReport_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_askerId_fkey" FOREIGN KEY ("askerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationTag" ADD CONSTRAINT "ConsultationTag_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaqEntry" ADD CONSTRAINT "FaqEntry_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaqEntry" ADD CONSTRAINT "FaqEntry_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

