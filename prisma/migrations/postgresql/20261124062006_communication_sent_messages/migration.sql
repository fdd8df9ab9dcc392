-- CreateTable
CREATE TABLE "SentMessage" (
    "id" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "communicationId" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL,

    CONSTRAINT "SentMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SentMessage_recipientId_key" ON "SentMessage"("recipientId");

-- CreateIndex
CREATE INDEX "SentMessage_communicationId_idx" ON "SentMessage"("communicationId");

-- AddForeignKey
ALTER TABLE "SentMessage" ADD CONSTRAINT "SentMessage_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Recipient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

