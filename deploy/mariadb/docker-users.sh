# Sourced by the MariaDB image's entrypoint from /docker-entrypoint-initdb.d at the first start (docker-compose.yml),
# after 01-databases.sql: the services' users from the PITCHOUN_*_DB_PASSWORD variables Compose gives both sides.
/opt/pitchoun/users.sh | docker_process_sql
