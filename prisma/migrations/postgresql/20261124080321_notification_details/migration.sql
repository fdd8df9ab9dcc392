-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "notificationDetails" TEXT;

