-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "suspendedAt" DATETIME;

