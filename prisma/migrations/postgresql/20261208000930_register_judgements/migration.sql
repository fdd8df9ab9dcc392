-- CreateTable
CREATE TABLE "RegisterJudgement" (
    "incidentId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "awareYear" INTEGER NOT NULL,
    "notified" BOOLEAN NOT NULL,
    "timeliness" TEXT,

    CONSTRAINT "RegisterJudgement_pkey" PRIMARY KEY ("incidentId")
);

-- CreateIndex
CREATE INDEX "RegisterJudgement_organizationId_awareYear_notified_timelin_idx" ON "RegisterJudgement"("organizationId", "awareYear", "notified", "timeliness");

-- AddForeignKey
ALTER TABLE "RegisterJudgement" ADD CONSTRAINT "RegisterJudgement_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

