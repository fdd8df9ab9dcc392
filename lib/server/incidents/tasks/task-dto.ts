import { at, openMaybeSealed } from "@/lib/server/crypto/sealed-text";

export interface TaskDto {
  id: string;
  incidentId: string;
  title: string;
  owner: { id: string; name: string } | null;
  dueAt: string | null;
  doneAt: string | null;
  createdById: string;
  createdAt: string;
}

export const taskSelect = {
  id: true,
  incidentId: true,
  title: true,
  owner: { select: { id: true, name: true } },
  dueAt: true,
  doneAt: true,
  createdById: true,
  createdAt: true,
} as const;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toTaskDto(row: {
  id: string;
  incidentId: string;
  title: string;
  owner: { id: string; name: string } | null;
  dueAt: Date | null;
  doneAt: Date | null;
  createdById: string;
  createdAt: Date;
}): TaskDto {
  return {
    ...row,
    title: openMaybeSealed(row.title, at("task", "title", row.id)),
    dueAt: iso(row.dueAt),
    doneAt: iso(row.doneAt),
    createdAt: row.createdAt.toISOString(),
  };
}
