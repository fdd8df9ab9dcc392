/* The de catalogue, one JSON file per namespace (docs/I18N.md). Add a namespace here and in every language. */
import common from "./common.json";
import forms from "./forms.json";
import intake from "./intake.json";
import incident from "./incident.json";
import incidentFile from "./incidentFile.json";
import incidentList from "./incidentList.json";
import dashboard from "./dashboard.json";
import register from "./register.json";
import nav from "./nav.json";
import assessment from "./assessment.json";
import notification from "./notification.json";
import communications from "./communications.json";
import auth from "./auth.json";
import account from "./account.json";
import settings from "./settings.json";
import invite from "./invite.json";
import errors from "./errors.json";
import problems from "./problems.json";
import email from "./email.json";
import documents from "./documents.json";

export const de = {
  common,
  forms,
  intake,
  incident,
  incidentFile,
  incidentList,
  dashboard,
  register,
  nav,
  assessment,
  notification,
  communications,
  auth,
  account,
  settings,
  invite,
  errors,
  problems,
  email,
  documents,
};
