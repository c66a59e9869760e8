-- CreateTable
CREATE TABLE "TalkRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "interviewerId" TEXT NOT NULL,
    "intervieweeId" TEXT NOT NULL,
    "heldOn" DATETIME NOT NULL,
    "occasion" TEXT NOT NULL,
    "topics" TEXT NOT NULL DEFAULT '',
    "notesEnc" TEXT NOT NULL,
    "concernsEnc" TEXT,
    "needsFollowUp" BOOLEAN NOT NULL DEFAULT false,
    "followUpId" TEXT,
    "campaignId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TalkRecord_interviewerId_fkey" FOREIGN KEY ("interviewerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TalkRecord_intervieweeId_fkey" FOREIGN KEY ("intervieweeId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TalkRecord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TalkRecord_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "TalkCampaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TalkCampaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "scopeType" TEXT NOT NULL,
    "scopeValue" TEXT NOT NULL DEFAULT '',
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TalkCampaign_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TalkCampaignMember" (
    "campaignId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "interviewerId" TEXT,

    PRIMARY KEY ("campaignId", "userId"),
    CONSTRAINT "TalkCampaignMember_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "TalkCampaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TalkCampaignMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TalkCampaignMember_interviewerId_fkey" FOREIGN KEY ("interviewerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Column" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "columnId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'TEXT',
    "body" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Article_columnId_fkey" FOREIGN KEY ("columnId") REFERENCES "Column" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleRead" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("articleId", "userId"),
    CONSTRAINT "ArticleRead_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "TalkRecord_followUpId_key" ON "TalkRecord"("followUpId");

-- CreateIndex
CREATE INDEX "TalkRecord_intervieweeId_idx" ON "TalkRecord"("intervieweeId");

-- CreateIndex
CREATE INDEX "TalkRecord_interviewerId_idx" ON "TalkRecord"("interviewerId");

-- CreateIndex
CREATE INDEX "TalkRecord_campaignId_idx" ON "TalkRecord"("campaignId");

-- CreateIndex
CREATE INDEX "TalkRecord_heldOn_idx" ON "TalkRecord"("heldOn");

-- CreateIndex
CREATE INDEX "TalkCampaign_startsOn_idx" ON "TalkCampaign"("startsOn");

-- CreateIndex
CREATE INDEX "TalkCampaignMember_userId_idx" ON "TalkCampaignMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Column_name_key" ON "Column"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Column_slug_key" ON "Column"("slug");

-- CreateIndex
CREATE INDEX "Article_columnId_publishedAt_idx" ON "Article"("columnId", "publishedAt");

-- CreateIndex
CREATE INDEX "ArticleRead_userId_idx" ON "ArticleRead"("userId");

