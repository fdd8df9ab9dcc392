/** What the invite form learns back: the link itself only when no mail server can carry it. */
export interface InvitationSent {
  email: string;
  link: { url: string; expiresAt: string } | null;
}
