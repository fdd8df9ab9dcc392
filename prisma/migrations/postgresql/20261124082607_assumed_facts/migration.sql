-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "assumedFacts" TEXT NOT NULL DEFAULT '[]';

