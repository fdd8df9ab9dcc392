-- CreateTable
CREATE TABLE "StoredBlob" (
    "id" TEXT NOT NULL,
    "size" BIGINT NOT NULL DEFAULT 0,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredBlob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredBlobChunk" (
    "blobId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "StoredBlobChunk_pkey" PRIMARY KEY ("blobId","index")
);

-- CreateTable
CREATE TABLE "PacketExportJob" (
    "id" TEXT NOT NULL,
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
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PacketExportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StoredBlob_complete_createdAt_idx" ON "StoredBlob"("complete", "createdAt");

-- CreateIndex
CREATE INDEX "PacketExportJob_state_leaseUntil_idx" ON "PacketExportJob"("state", "leaseUntil");

-- CreateIndex
CREATE INDEX "PacketExportJob_createdAt_idx" ON "PacketExportJob"("createdAt");

-- AddForeignKey
ALTER TABLE "StoredBlobChunk" ADD CONSTRAINT "StoredBlobChunk_blobId_fkey" FOREIGN KEY ("blobId") REFERENCES "StoredBlob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

