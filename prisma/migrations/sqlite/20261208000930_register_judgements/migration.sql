-- CreateTable
CREATE TABLE "RegisterJudgement" (
    "incidentId" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "awareYear" INTEGER NOT NULL,
    "notified" BOOLEAN NOT NULL,
    "timeliness" TEXT,
    CONSTRAINT "RegisterJudgement_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "RegisterJudgement_organizationId_awareYear_notified_timeliness_idx" ON "RegisterJudgement"("organizationId", "awareYear", "notified", "timeliness");

