-- Demo programmes for the local platform only (loaded when pitchoun.cms.demo-content=true).
-- Repeatable and written as upserts so it never collides with schema versions and re-runs safely when edited.
INSERT INTO programme (slug, title, synopsis, age_min, age_max, status, created_at, updated_at)
VALUES
    ('les-petits-explorateurs', 'Les Petits Explorateurs',
     'Zoé et Malik partent chaque semaine à la découverte d''un coin de nature : la mare, la forêt, le bord de mer.',
     4, 7, 'PUBLISHED', NOW(6), NOW(6)),
    ('mission-ocean', 'Mission Océan',
     'À bord du sous-marin Nautilette, trois amis percent les mystères des grands fonds et apprennent à protéger la mer.',
     6, 10, 'PUBLISHED', NOW(6), NOW(6)),
    ('le-dragon-timide', 'Le Dragon timide',
     'Fafnou est un dragon qui rougit au lieu de cracher du feu. Avec l''aide de ses amis, il apprend à avoir confiance en lui.',
     4, 6, 'PUBLISHED', NOW(6), NOW(6)),
    ('les-enigmes-de-lila', 'Les Énigmes de Lila',
     'Lila, détective de onze ans, résout les petits mystères de son quartier grâce à la logique et à l''observation.',
     8, 12, 'PUBLISHED', NOW(6), NOW(6)),
    ('atelier-bricolo', 'L''Atelier Bricolo',
     'Des idées de bricolage avec du carton, de la ficelle et beaucoup d''imagination, à refaire à la maison.',
     5, 9, 'PUBLISHED', NOW(6), NOW(6))
ON DUPLICATE KEY UPDATE
    title      = VALUES(title),
    synopsis   = VALUES(synopsis),
    age_min    = VALUES(age_min),
    age_max    = VALUES(age_max),
    status     = VALUES(status),
    updated_at = NOW(6);
