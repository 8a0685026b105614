-- One database and one user per service that owns data (see deploy/CONTRACTS.md). Idempotent: the local launcher
-- runs it on every start, and the MariaDB image runs it once from /docker-entrypoint-initdb.d.
-- The passwords are the local defaults; production deployments override them (see README, "Configuration").
CREATE DATABASE IF NOT EXISTS cms CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS ingest CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS auth CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS podcast CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'cms'@'%' IDENTIFIED BY 'cms';
CREATE USER IF NOT EXISTS 'ingest'@'%' IDENTIFIED BY 'ingest';
CREATE USER IF NOT EXISTS 'auth'@'%' IDENTIFIED BY 'auth';
CREATE USER IF NOT EXISTS 'podcast'@'%' IDENTIFIED BY 'podcast';

GRANT ALL PRIVILEGES ON cms.* TO 'cms'@'%';
GRANT ALL PRIVILEGES ON ingest.* TO 'ingest'@'%';
GRANT ALL PRIVILEGES ON auth.* TO 'auth'@'%';
GRANT ALL PRIVILEGES ON podcast.* TO 'podcast'@'%';
