-- AlterTable
ALTER TABLE "Communication" ADD COLUMN     "followUpOfId" TEXT;

-- CreateIndex
CREATE INDEX "Communication_followUpOfId_idx" ON "Communication"("followUpOfId");

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "Communication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

