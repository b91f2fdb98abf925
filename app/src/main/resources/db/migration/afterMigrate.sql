-- Run by Flyway after every migrate (its afterMigrate callback), as the role that migrates (the owner of the tables).
--
-- The application's runtime role, mentoring_runtime, may read and write every table but three: the event store
-- (domainevententry) and its hash chains (event_hash_chain, event_global_chain), which it may only read and append
-- to. An UPDATE or a
-- DELETE of a stored event by the running application, or by anyone holding only its credentials, is refused by
-- PostgreSQL (42501). A site gives its application's login role this role (GRANT mentoring_runtime TO …) and lets
-- Flyway migrate as the owner (SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD); README, «Pointing it at a database».
-- Granted again at every start, so tables added by later migrations are covered too.
DO $$
BEGIN
    -- several nodes start at once: concurrent GRANTs on one table fail ("tuple concurrently updated")
    PERFORM pg_advisory_xact_lock(7236952829117186117);
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mentoring_runtime') THEN
        BEGIN
            CREATE ROLE mentoring_runtime NOLOGIN;
        EXCEPTION
            -- created meanwhile by the migration of another database on the same server
            WHEN duplicate_object OR unique_violation THEN NULL;
            WHEN insufficient_privilege THEN
                RAISE NOTICE 'mentoring_runtime was not created: the migrating role may not create roles';
                RETURN;
        END;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO mentoring_runtime', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO mentoring_runtime',
                   current_schema());
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO mentoring_runtime', current_schema());
    REVOKE UPDATE, DELETE, TRUNCATE ON domainevententry, event_hash_chain, event_global_chain FROM mentoring_runtime;
    REVOKE ALL ON flyway_schema_history FROM mentoring_runtime;
END
$$;

-- The reporting role, mentoring_reporting, reads the views of the schema «reporting» (BI tools) and nothing else:
-- not the projections beneath them (a view reads with its owner's rights), not the person register, not the event
-- store. Created as a login without a password, so nobody can sign in with it until a DBA gives it one
-- (ALTER ROLE mentoring_reporting PASSWORD '…'; README, «BI tools»).
DO $$
BEGIN
    PERFORM pg_advisory_xact_lock(7236952829117186117);
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mentoring_reporting') THEN
        BEGIN
            CREATE ROLE mentoring_reporting LOGIN;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN NULL;
            WHEN insufficient_privilege THEN
                RAISE NOTICE 'mentoring_reporting was not created: the migrating role may not create roles';
                RETURN;
        END;
    END IF;
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM mentoring_reporting', current_schema());
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM mentoring_reporting', current_schema());
    GRANT USAGE ON SCHEMA reporting TO mentoring_reporting;
    GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO mentoring_reporting;
    BEGIN
        -- a BI tool that lists tables shows the views first
        EXECUTE format('ALTER ROLE mentoring_reporting IN DATABASE %I SET search_path = reporting, public',
                       current_database());
    EXCEPTION
        WHEN insufficient_privilege THEN NULL;
    END;
END
$$;
