-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "registrationNumber" TEXT;

