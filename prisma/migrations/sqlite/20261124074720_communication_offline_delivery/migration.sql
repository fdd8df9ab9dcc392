-- AlterTable
ALTER TABLE "Communication" ADD COLUMN "sentAt" DATETIME;
ALTER TABLE "Communication" ADD COLUMN "sentVia" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SentMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recipientId" TEXT NOT NULL,
    "communicationId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "messageId" TEXT,
    "sentAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL,
    CONSTRAINT "SentMessage_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SentMessage" ("attempts", "communicationId", "content", "id", "messageId", "recipientId", "sentAt") SELECT "attempts", "communicationId", "content", "id", "messageId", "recipientId", "sentAt" FROM "SentMessage";
DROP TABLE "SentMessage";
ALTER TABLE "new_SentMessage" RENAME TO "SentMessage";
CREATE UNIQUE INDEX "SentMessage_recipientId_key" ON "SentMessage"("recipientId");
CREATE INDEX "SentMessage_communicationId_idx" ON "SentMessage"("communicationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

