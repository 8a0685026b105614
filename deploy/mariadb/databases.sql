-- One database per service that owns data (see deploy/CONTRACTS.md). Idempotent: the local launcher runs it on every
-- start, and the MariaDB image runs it once from /docker-entrypoint-initdb.d. The users and their passwords come from
-- deploy/mariadb/users.sh (the PITCHOUN_*_DB_PASSWORD variables), never from this file.
CREATE DATABASE IF NOT EXISTS cms CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS ingest CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS auth CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS podcast CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
