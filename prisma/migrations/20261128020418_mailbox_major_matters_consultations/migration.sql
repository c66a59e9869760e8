-- CreateTable
CREATE TABLE "MailboxMessage" (
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
);

-- CreateTable
CREATE TABLE "MailboxEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "messageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "authorId" TEXT,
    "bodyEnc" TEXT NOT NULL,
    "postedOn" TEXT NOT NULL,
    "postedAt" DATETIME,
    CONSTRAINT "MailboxEntry_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "MailboxMessage" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MailboxEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MajorMatterReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "occurredOn" DATETIME,
    "detailEnc" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "acknowledgedById" TEXT,
    "acknowledgedAt" DATETIME,
    "ackNoteEnc" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MajorMatterReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MajorMatterReport_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "askerId" TEXT NOT NULL,
    "loggedById" TEXT,
    "channel" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredById" TEXT,
    "askedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" DATETIME,
    CONSTRAINT "Consultation_askerId_fkey" FOREIGN KEY ("askerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Consultation_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Consultation_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsultationTag" (
    "consultationId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("consultationId", "tag"),
    CONSTRAINT "ConsultationTag_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '',
    "consultationId" TEXT,
    "publishedById" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FaqEntry_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "FaqEntry_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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

