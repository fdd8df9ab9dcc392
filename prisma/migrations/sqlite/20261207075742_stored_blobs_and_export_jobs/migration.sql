-- CreateTable
CREATE TABLE "StoredBlob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "size" BIGINT NOT NULL DEFAULT 0,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "StoredBlobChunk" (
    "blobId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BLOB NOT NULL,

    PRIMARY KEY ("blobId", "index"),
    CONSTRAINT "StoredBlobChunk_blobId_fkey" FOREIGN KEY ("blobId") REFERENCES "StoredBlob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PacketExportJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'running',
    "filesDone" INTEGER NOT NULL DEFAULT 0,
    "filesTotal" INTEGER NOT NULL DEFAULT 0,
    "bytesDone" BIGINT NOT NULL DEFAULT 0,
    "bytesTotal" BIGINT NOT NULL DEFAULT 0,
    "fileName" TEXT,
    "size" BIGINT,
    "files" INTEGER,
    "message" TEXT,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "StoredBlob_complete_createdAt_idx" ON "StoredBlob"("complete", "createdAt");

-- CreateIndex
CREATE INDEX "PacketExportJob_state_leaseUntil_idx" ON "PacketExportJob"("state", "leaseUntil");

-- CreateIndex
CREATE INDEX "PacketExportJob_createdAt_idx" ON "PacketExportJob"("createdAt");

