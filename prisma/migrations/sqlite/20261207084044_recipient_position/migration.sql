-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Recipient" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "communicationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "postalAddress" TEXT,
    "emailDigest" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "messageId" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Recipient_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- People already listed keep the order they were shown in (createdAt, then id): the file order of rows imported
-- together was never stored, so it cannot be recovered.
INSERT INTO "new_Recipient" ("attempts", "communicationId", "createdAt", "email", "emailDigest", "id", "lastError", "messageId", "name", "postalAddress", "sentAt", "status", "position") SELECT "attempts", "communicationId", "createdAt", "email", "emailDigest", "id", "lastError", "messageId", "name", "postalAddress", "sentAt", "status", ROW_NUMBER() OVER (PARTITION BY "communicationId" ORDER BY "createdAt", "id") FROM "Recipient";
DROP TABLE "Recipient";
ALTER TABLE "new_Recipient" RENAME TO "Recipient";
CREATE INDEX "Recipient_communicationId_status_idx" ON "Recipient"("communicationId", "status");
CREATE UNIQUE INDEX "Recipient_communicationId_emailDigest_key" ON "Recipient"("communicationId", "emailDigest");
CREATE UNIQUE INDEX "Recipient_communicationId_position_key" ON "Recipient"("communicationId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

