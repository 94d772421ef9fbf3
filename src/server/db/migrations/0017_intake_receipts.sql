-- The intakes a device has already delivered, by the id the device gave each (`clientKey`). A mobile team
-- whose upload was cut off before the answer arrived sends the same intakes again; they are answered with
-- the cases made the first time instead of being made twice. Holds no personal data: two ids and a time.
CREATE TABLE intake_receipts (
  organisation_id uuid NOT NULL,
  client_key text NOT NULL,
  case_id uuid NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, client_key),
  FOREIGN KEY (organisation_id, case_id) REFERENCES cases (organisation_id, id)
);

GRANT SELECT, INSERT ON intake_receipts TO safepath_app;
ALTER TABLE intake_receipts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON intake_receipts TO safepath_app USING (organisation_id = app_organisation_id())
  WITH CHECK (organisation_id = app_organisation_id());
