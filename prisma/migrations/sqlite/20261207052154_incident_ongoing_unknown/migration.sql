-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Incident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "occurredAt" DATETIME,
    "discoveredAt" DATETIME,
    "awareAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "awarenessDelayReason" TEXT,
    "discoveryMethod" TEXT,
    "ongoing" BOOLEAN,
    "containedAt" DATETIME,
    "containment" TEXT,
    "notificationDetails" TEXT,
    "facts" TEXT NOT NULL DEFAULT '{}',
    "assumedFacts" TEXT NOT NULL DEFAULT '[]',
    "regimes" TEXT NOT NULL DEFAULT '["gdpr"]',
    "state" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "ownerId" TEXT,
    "dpoId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "closedAt" DATETIME,
    CONSTRAINT "Incident_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Incident_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Incident_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Incident_dpoId_fkey" FOREIGN KEY ("dpoId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Incident" ("assumedFacts", "awareAt", "awarenessDelayReason", "closedAt", "containedAt", "containment", "createdAt", "createdById", "description", "discoveredAt", "discoveryMethod", "dpoId", "facts", "id", "notificationDetails", "occurredAt", "ongoing", "organizationId", "ownerId", "reference", "regimes", "state", "timeZone", "title", "updatedAt", "version") SELECT "assumedFacts", "awareAt", "awarenessDelayReason", "closedAt", "containedAt", "containment", "createdAt", "createdById", "description", "discoveredAt", "discoveryMethod", "dpoId", "facts", "id", "notificationDetails", "occurredAt", "ongoing", "organizationId", "ownerId", "reference", "regimes", "state", "timeZone", "title", "updatedAt", "version" FROM "Incident";
DROP TABLE "Incident";
ALTER TABLE "new_Incident" RENAME TO "Incident";
CREATE INDEX "Incident_organizationId_state_idx" ON "Incident"("organizationId", "state");
CREATE INDEX "Incident_organizationId_awareAt_idx" ON "Incident"("organizationId", "awareAt");
CREATE UNIQUE INDEX "Incident_organizationId_reference_key" ON "Incident"("organizationId", "reference");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

