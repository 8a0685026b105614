-- Demo editors' accounts for the local platform only (credentials in the module README). An account that already
-- exists is left as it is, so a password changed locally survives a re-run.
INSERT INTO editor_account (email, display_name, password_hash, role, active, failed_attempts, created_at, updated_at)
VALUES
    -- Pitchoun-Admin-2026
    ('admin@pitchoun.test', 'Alice Admin', '$2a$12$.bG8HAgVe4Z2q1rni9VSDeMKKznNugzeBlkNhGINLLHiy9vY19BOW',
     'ADMIN', TRUE, 0, NOW(6), NOW(6)),
    -- Pitchoun-Edition-2026
    ('editrice@pitchoun.test', 'Emma Éditrice', '$2a$12$SkQ2YZMsU6yYlfoQ3aXq9.FjTUk7B8N/r8S5NYU6g72fAan3NTbsi',
     'EDITOR', TRUE, 0, NOW(6), NOW(6))
ON DUPLICATE KEY UPDATE id = id;
