-- CreateIndex
CREATE INDEX "Incident_awareAt_id_idx" ON "Incident"("awareAt" DESC, "id");

