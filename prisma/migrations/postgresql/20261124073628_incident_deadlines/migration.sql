-- CreateTable
CREATE TABLE "IncidentDeadline" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "regime" TEXT NOT NULL,
    "obligation" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "dueUnder1182At" TIMESTAMP(3),
    "period" TEXT NOT NULL,
    "internalTarget" BOOLEAN NOT NULL,
    "provisional" BOOLEAN NOT NULL,

    CONSTRAINT "IncidentDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SystemState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SystemState_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "IncidentDeadline_organizationId_dueAt_idx" ON "IncidentDeadline"("organizationId", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentDeadline_incidentId_regime_obligation_key" ON "IncidentDeadline"("incidentId", "regime", "obligation");

-- AddForeignKey
ALTER TABLE "IncidentDeadline" ADD CONSTRAINT "IncidentDeadline_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

