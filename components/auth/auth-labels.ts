/** Words shared by the signed-out forms (set-up, invitation), kept together so they can be translated in one place. */
export const authLabels = {
  newPasswordHint: "At least 12 characters; not a common password, not your e-mail, not the practice's name.",
  invitationPasswordHint: "At least 12 characters. A few unrelated words make a strong, memorable password.",
  /** A password is never sent back to the browser, so after a refused submission the field is empty on purpose. */
  passwordNotKept: "For your safety the password is not kept after a refused attempt: type it again.",
} as const;
