-- AlterTable
ALTER TABLE "Recipient" ADD COLUMN     "position" INTEGER;

-- People already listed keep the order they were shown in (createdAt, then id): the file order of rows imported
-- together was never stored, so it cannot be recovered.
UPDATE "Recipient" r SET "position" = n."position"
FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "communicationId" ORDER BY "createdAt", "id") AS "position" FROM "Recipient") n
WHERE r."id" = n."id";

ALTER TABLE "Recipient" ALTER COLUMN "position" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Recipient_communicationId_position_key" ON "Recipient"("communicationId", "position");

