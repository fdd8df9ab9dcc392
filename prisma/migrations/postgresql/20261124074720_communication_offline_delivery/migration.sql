-- AlterTable
ALTER TABLE "Communication" ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "sentVia" TEXT;

-- AlterTable
ALTER TABLE "SentMessage" ALTER COLUMN "messageId" DROP NOT NULL;

