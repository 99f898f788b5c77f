-- Database roles for BiblioHub on a PostgreSQL you manage (PostgreSQL 16 or newer).
-- Run once as a superuser (or a role with CREATEROLE and CREATEDB), with psql:
--
--   psql "postgres://postgres@db.example.org/postgres" \
--     -v owner_password='<owner password>' \
--     -v app_password='<app password>' \
--     -f infra/postgres/roles.sql
--
-- Leave out -v app_password to let the hub create bibliohub_app itself: it does so at start when the
-- owner has CREATEROLE, with DATABASE_APP_PASSWORD as the password.
-- If you create bibliohub_app here, set DATABASE_APP_URL to it, e.g.
--   DATABASE_URL=postgres://bibliohub_owner:<owner password>@db.example.org:5432/bibliohub
--   DATABASE_APP_URL=postgres://bibliohub_app:<app password>@db.example.org:5432/bibliohub
-- (URL-encode passwords that contain characters such as @ : / ? #).
-- Running the script again updates the passwords and leaves everything else as it is.

\set ON_ERROR_STOP on

\if :{?owner_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'run psql with -v owner_password=...'; END $$;
\endif

-- Owner: runs the migrations and owns every table. CREATEROLE lets it create bibliohub_app.
SELECT format('CREATE ROLE bibliohub_owner WITH LOGIN CREATEROLE NOSUPERUSER NOCREATEDB NOBYPASSRLS PASSWORD %L',
              :'owner_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bibliohub_owner') \gexec
SELECT format('ALTER ROLE bibliohub_owner WITH PASSWORD %L', :'owner_password') \gexec

SELECT 'CREATE DATABASE bibliohub OWNER bibliohub_owner ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'bibliohub') \gexec

-- Application role (optional): what the API connects as. Owns nothing, cannot bypass row-level security.
\if :{?app_password}
SELECT format('CREATE ROLE bibliohub_app WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L',
              :'app_password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bibliohub_app') \gexec
SELECT format('ALTER ROLE bibliohub_app WITH LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD %L',
              :'app_password') \gexec
\endif

-- Per-caller roles (ADR 0008): the API switches to one of them in each transaction; row-level security
-- policies name them. NOLOGIN; the owner may grant them (ADMIN) and holds the non-tenant ones itself.
SELECT format('CREATE ROLE %I WITH NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT', r)
  FROM unnest(ARRAY['bibliohub_central', 'bibliohub_central_read', 'bibliohub_tenant', 'bibliohub_system']) r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec
GRANT bibliohub_central, bibliohub_central_read, bibliohub_tenant, bibliohub_system TO bibliohub_owner
  WITH ADMIN TRUE, INHERIT FALSE, SET FALSE;
GRANT bibliohub_central, bibliohub_central_read, bibliohub_system TO bibliohub_owner WITH INHERIT TRUE;
\if :{?app_password}
GRANT bibliohub_central, bibliohub_central_read, bibliohub_tenant, bibliohub_system TO bibliohub_app
  WITH INHERIT FALSE, SET TRUE;
\endif

-- Inside the database: the owner owns schema public, and nobody else may create objects in it.
-- (The hub grants bibliohub_app USAGE on the schema and DML on its tables after every migration run.)
\connect bibliohub
ALTER SCHEMA public OWNER TO bibliohub_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
