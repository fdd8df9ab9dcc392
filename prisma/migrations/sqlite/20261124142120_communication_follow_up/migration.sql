-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Communication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "subject" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" DATETIME,
    "sendStartedAt" DATETIME,
    "sentAt" DATETIME,
    "sentVia" TEXT,
    "followUpOfId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Communication_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Communication_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "Communication" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Communication_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Communication_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Communication" ("approvedAt", "approvedById", "channel", "content", "createdAt", "createdById", "id", "incidentId", "language", "sendStartedAt", "sentAt", "sentVia", "status", "subject", "updatedAt") SELECT "approvedAt", "approvedById", "channel", "content", "createdAt", "createdById", "id", "incidentId", "language", "sendStartedAt", "sentAt", "sentVia", "status", "subject", "updatedAt" FROM "Communication";
DROP TABLE "Communication";
ALTER TABLE "new_Communication" RENAME TO "Communication";
CREATE INDEX "Communication_incidentId_idx" ON "Communication"("incidentId");
CREATE INDEX "Communication_followUpOfId_idx" ON "Communication"("followUpOfId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

