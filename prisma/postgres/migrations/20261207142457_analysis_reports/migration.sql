-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "analysisReportId" TEXT;

-- CreateTable
CREATE TABLE "AnalysisReport" (
    "id" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "label" TEXT NOT NULL,
    "number" TEXT,
    "state" TEXT NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalysisReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnalysisReportVersion" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "diff" TEXT,
    "draftedAt" TIMESTAMP(3) NOT NULL,
    "issuedAt" TIMESTAMP(3),
    "issuedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalysisReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnalysisReport_periodStart_idx" ON "AnalysisReport"("periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "AnalysisReportVersion_reportId_number_key" ON "AnalysisReportVersion"("reportId", "number");

-- CreateIndex
CREATE INDEX "Meeting_analysisReportId_idx" ON "Meeting"("analysisReportId");

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_analysisReportId_fkey" FOREIGN KEY ("analysisReportId") REFERENCES "AnalysisReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnalysisReportVersion" ADD CONSTRAINT "AnalysisReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnalysisReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

