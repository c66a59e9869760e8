-- Pulse answers unlinkable to a person (SECURITY.md 17, docs/barometer.md).
-- Participation becomes a keyed token, which SQL cannot compute: the old
-- (roundId, userId) rows are kept in PulseParticipationLegacy, and
-- migrateLegacyPulse() (lib/pulse/legacy.ts) turns them into tokens at
-- start-up, seals the responses of open rounds and re-coarsens closed ones.
-- Hand-edited: WITHOUT ROWID on every anonymous table (docs/database.md),
-- and the copy into the legacy table.

-- AlterTable
ALTER TABLE "PulseRound" ADD COLUMN "groupSizes" TEXT;

-- CreateTable
CREATE TABLE "PulseParticipationLegacy" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("roundId", "userId")
) WITHOUT ROWID;
INSERT INTO "PulseParticipationLegacy" ("roundId", "userId") SELECT "roundId", "userId" FROM "PulseParticipation";

-- CreateTable
CREATE TABLE "PulseSealed" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    CONSTRAINT "PulseSealed_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE

) WITHOUT ROWID;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PulseParticipation" (
    "roundId" TEXT NOT NULL,
    "token" TEXT NOT NULL,

    PRIMARY KEY ("roundId", "token"),
    CONSTRAINT "PulseParticipation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
-- No rows copied, the tokens are written by migrateLegacyPulse() from PulseParticipationLegacy.
DROP TABLE "PulseParticipation";
ALTER TABLE "new_PulseParticipation" RENAME TO "PulseParticipation";
CREATE TABLE "new_PulseResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "departmentId" TEXT,
    "ageLayer" TEXT,
    "commentEnc" TEXT,
    CONSTRAINT "PulseResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE

) WITHOUT ROWID;
INSERT INTO "new_PulseResponse" ("ageLayer", "commentEnc", "departmentId", "id", "roundId") SELECT "ageLayer", "commentEnc", "departmentId", "id", "roundId" FROM "PulseResponse";
DROP TABLE "PulseResponse";
ALTER TABLE "new_PulseResponse" RENAME TO "PulseResponse";
CREATE INDEX "PulseResponse_roundId_departmentId_idx" ON "PulseResponse"("roundId", "departmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PulseSealed_roundId_idx" ON "PulseSealed"("roundId");

