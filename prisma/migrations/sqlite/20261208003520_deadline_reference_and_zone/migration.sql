-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IncidentDeadline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "regime" TEXT NOT NULL,
    "obligation" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "dueUnder1182At" DATETIME,
    "period" TEXT NOT NULL,
    "internalTarget" BOOLEAN NOT NULL,
    "provisional" BOOLEAN NOT NULL,
    CONSTRAINT "IncidentDeadline_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IncidentDeadline" ("basis", "dueAt", "dueUnder1182At", "id", "incidentId", "internalTarget", "obligation", "organizationId", "period", "provisional", "regime") SELECT "basis", "dueAt", "dueUnder1182At", "id", "incidentId", "internalTarget", "obligation", "organizationId", "period", "provisional", "regime" FROM "IncidentDeadline";
DROP TABLE "IncidentDeadline";
ALTER TABLE "new_IncidentDeadline" RENAME TO "IncidentDeadline";
CREATE INDEX "IncidentDeadline_organizationId_dueAt_idx" ON "IncidentDeadline"("organizationId", "dueAt");
CREATE UNIQUE INDEX "IncidentDeadline_incidentId_regime_obligation_key" ON "IncidentDeadline"("incidentId", "regime", "obligation");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

