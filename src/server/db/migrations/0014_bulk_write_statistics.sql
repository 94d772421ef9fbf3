-- A large import into a young deployment outgrows the planner's picture of the tables as it writes: the
-- foreign-key checks of each row were planned once, while `cases` and `people` held a few pages, as
-- scans of the whole table, and a scan per row made a 15,000-case import slow down from 480 to 150 cases
-- a second on PGlite (one connection, whose cached plans live as long as the process). Fresh statistics
-- make those plans be made again. The application's role may not ANALYZE tables it does not own, so this
-- function does it for the tables a bulk write fills, and nothing else; it takes no input.
CREATE FUNCTION refresh_case_statistics() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp AS $$
BEGIN
  ANALYZE record_keys, people, cases, case_people, consents, case_history;
END
$$;

REVOKE ALL ON FUNCTION refresh_case_statistics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION refresh_case_statistics() TO safepath_app;
