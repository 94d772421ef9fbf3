-- Second line of defence: even a query that forgets the organisation filter sees only the rows of the
-- organisation set for the transaction. The application filters first; these policies catch mistakes.

GRANT USAGE ON SCHEMA public TO safepath_app;
GRANT SELECT ON meta TO safepath_app;
GRANT SELECT, INSERT, UPDATE ON organisations, teams, users TO safepath_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON recovery_codes, sessions, api_tokens TO safepath_app;
GRANT SELECT, INSERT, UPDATE ON organisation_keys TO safepath_app;
GRANT SELECT ON audit_log TO safepath_app;
REVOKE ALL ON FUNCTION audit_append(uuid, text, uuid, text, text, text, text[], text, text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_append(uuid, text, uuid, text, text, text, text[], text, text, text, text, jsonb) TO safepath_app;

ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE recovery_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant ON organisations TO safepath_app
  USING (id = app_organisation_id() OR app_is_deployment_admin())
  WITH CHECK (id = app_organisation_id() OR app_is_deployment_admin());

CREATE POLICY tenant ON teams TO safepath_app
  USING (organisation_id = app_organisation_id() OR app_is_deployment_admin())
  WITH CHECK (organisation_id = app_organisation_id() OR app_is_deployment_admin());

CREATE POLICY tenant ON users TO safepath_app
  USING (organisation_id = app_organisation_id() OR app_is_deployment_admin())
  WITH CHECK (organisation_id = app_organisation_id() OR app_is_deployment_admin());

CREATE POLICY tenant ON recovery_codes TO safepath_app
  USING (organisation_id = app_organisation_id()) WITH CHECK (organisation_id = app_organisation_id());

CREATE POLICY tenant ON sessions TO safepath_app
  USING (organisation_id = app_organisation_id() OR app_is_deployment_admin())
  WITH CHECK (organisation_id = app_organisation_id() OR app_is_deployment_admin());

CREATE POLICY tenant ON api_tokens TO safepath_app
  USING (organisation_id = app_organisation_id() OR app_is_deployment_admin())
  WITH CHECK (organisation_id = app_organisation_id() OR app_is_deployment_admin());

-- Wrapped keys are only useful with the master key, but each organisation still sees only its own.
-- A deployment administrator creates the first keys of a new organisation and can read none.
CREATE POLICY tenant ON organisation_keys TO safepath_app
  USING (organisation_id = app_organisation_id())
  WITH CHECK (organisation_id = app_organisation_id());
CREATE POLICY new_organisation ON organisation_keys FOR INSERT TO safepath_app
  WITH CHECK (app_is_deployment_admin());

CREATE POLICY tenant ON audit_log TO safepath_app
  USING (organisation_id = app_organisation_id() OR app_is_deployment_admin());
