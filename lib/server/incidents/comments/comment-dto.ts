import { at, unseal } from "@/lib/server/crypto/sealed-text";

export interface CommentDto {
  id: string;
  incidentId: string;
  author: { id: string; name: string };
  body: string;
  createdAt: string;
}

export const commentSelect = {
  id: true,
  incidentId: true,
  body: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const;

export function toCommentDto(row: {
  id: string;
  incidentId: string;
  body: string;
  createdAt: Date;
  author: { id: string; name: string };
}): CommentDto {
  return {
    id: row.id,
    incidentId: row.incidentId,
    author: row.author,
    body: unseal(row.body, at("comment", "body", row.id)),
    createdAt: row.createdAt.toISOString(),
  };
}
