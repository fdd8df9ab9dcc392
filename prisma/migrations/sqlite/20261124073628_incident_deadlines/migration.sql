-- CreateTable
CREATE TABLE "IncidentDeadline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
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

-- CreateTable
CREATE TABLE "SystemState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "IncidentDeadline_organizationId_dueAt_idx" ON "IncidentDeadline"("organizationId", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentDeadline_incidentId_regime_obligation_key" ON "IncidentDeadline"("incidentId", "regime", "obligation");

