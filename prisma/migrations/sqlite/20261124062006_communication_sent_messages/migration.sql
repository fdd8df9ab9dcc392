-- CreateTable
CREATE TABLE "SentMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recipientId" TEXT NOT NULL,
    "communicationId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL,
    "attempts" INTEGER NOT NULL,
    CONSTRAINT "SentMessage_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SentMessage_recipientId_key" ON "SentMessage"("recipientId");

-- CreateIndex
CREATE INDEX "SentMessage_communicationId_idx" ON "SentMessage"("communicationId");

