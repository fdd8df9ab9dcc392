-- AlterTable
ALTER TABLE "IncidentDeadline" ADD COLUMN     "reference" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

