import type { FastifyInstance } from "fastify";
import { assistanceRoutes } from "./assistance/assistance.routes.js";
import { auditRoutes } from "./audit/audit.routes.js";
import { authRoutes } from "./auth/auth.routes.js";
import { mfaRoutes } from "./auth/mfa.routes.js";
import { tokenRoutes } from "./auth/tokens.routes.js";
import { caseRecordRoutes } from "./case-records/case-records.routes.js";
import { caseRoutes } from "./cases/cases.routes.js";
import { healthRoutes } from "./health/health.routes.js";
import { contactActionRoutes } from "./hotline/contact-actions.routes.js";
import { contactRoutes } from "./hotline/contacts.routes.js";
import { hotlineEventRoutes } from "./hotline/events/events.routes.js";
import { hotlineFiguresRoutes } from "./hotline/figures/figures.routes.js";
import { exchangeRoutes } from "./htcds-exchange/exchange.routes.js";
import { knowledgeRoutes } from "./knowledge/knowledge.routes.js";
import { organisationRoutes } from "./organisations/organisations.routes.js";
import { peopleRoutes } from "./people/people.routes.js";
import { formRoutes } from "./screening/forms.routes.js";
import { screeningRoutes } from "./screening/screening.routes.js";
import { userRoutes } from "./users/users.routes.js";

/** One line per capability. */
export async function registerModules(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(mfaRoutes);
  await app.register(tokenRoutes);
  await app.register(organisationRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(caseRoutes);
  await app.register(caseRecordRoutes);
  await app.register(peopleRoutes);
  await app.register(assistanceRoutes);
  await app.register(exchangeRoutes);
  await app.register(formRoutes);
  await app.register(screeningRoutes);
  await app.register(contactRoutes);
  await app.register(contactActionRoutes);
  await app.register(hotlineFiguresRoutes);
  await app.register(hotlineEventRoutes);
  await app.register(knowledgeRoutes);
}
