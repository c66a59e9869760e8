-- Pulse answers unlinkable to a person (SECURITY.md 17, docs/barometer.md).
-- Participation becomes a keyed token, which SQL cannot compute: the old
-- (roundId, userId) rows are kept in PulseParticipationLegacy, and
-- migrateLegacyPulse() (lib/pulse/legacy.ts) turns them into tokens at
-- start-up, seals the responses of open rounds and re-coarsens closed ones.
-- Hand-edited: WITHOUT ROWID on every anonymous table (docs/database.md),
-- and the copy into the legacy table.

-- CreateTable
CREATE TABLE "PulseParticipationLegacy" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "PulseParticipationLegacy_pkey" PRIMARY KEY ("roundId","userId")
);

-- Keep who answered until migrateLegacyPulse() turns it into tokens, as the token column cannot be filled in SQL
INSERT INTO "PulseParticipationLegacy" ("roundId", "userId") SELECT "roundId", "userId" FROM "PulseParticipation";
DELETE FROM "PulseParticipation";

-- DropForeignKey
ALTER TABLE "PulseParticipation" DROP CONSTRAINT "PulseParticipation_userId_fkey";

-- DropIndex
DROP INDEX "PulseParticipation_userId_idx";

-- AlterTable
ALTER TABLE "PulseRound" ADD COLUMN     "groupSizes" TEXT;

-- AlterTable
ALTER TABLE "PulseParticipation" DROP CONSTRAINT "PulseParticipation_pkey",
DROP COLUMN "userId",
ADD COLUMN     "token" TEXT NOT NULL,
ADD CONSTRAINT "PulseParticipation_pkey" PRIMARY KEY ("roundId", "token");

-- AlterTable
ALTER TABLE "PulseResponse" ALTER COLUMN "ageLayer" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PulseSealed" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,

    CONSTRAINT "PulseSealed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PulseSealed_roundId_idx" ON "PulseSealed"("roundId");

-- AddForeignKey
ALTER TABLE "PulseSealed" ADD CONSTRAINT "PulseSealed_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PulseRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

