-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "region" TEXT;

