-- Demo home page and menus for the local platform only (loaded when pitchoun.cms.demo-content=true).
-- Repeatable: menu links are upserts on (menu, target); home blocks have no natural key, so each is added only when
-- no block of its kind and title exists (an editor's reordering or edits survive a re-run).
INSERT INTO home_block (kind, position, title, body, link_label, link_target, channel_slug, podcast_show, event_count,
                        status, created_at, updated_at)
-- After any block already there (positions stay 1, 2, 3... on a fresh database).
SELECT b.kind, b.position + (SELECT COALESCE(MAX(e.position), 0) FROM home_block e), b.title, b.body, b.link_label, b.link_target, b.channel_slug, b.podcast_show, b.event_count,
       'PUBLISHED', NOW(6), NOW(6)
FROM (
    SELECT 'HERO' AS kind, 1 AS position, 'Bienvenue sur Pitchoun !' AS title,
           'Des dessins animés, des documentaires et des histoires pour les 4–12 ans, à regarder en direct ou quand vous voulez.' AS body,
           'Regarder le direct' AS link_label, '/direct' AS link_target, NULL AS channel_slug, NULL AS podcast_show,
           NULL AS event_count
    UNION ALL SELECT 'PROGRAMME_CAROUSEL', 2, 'À ne pas manquer', '', NULL, NULL, NULL, NULL, NULL
    UNION ALL SELECT 'LIVE_TEASER', 3, 'En ce moment sur Pitchoun TV',
           'Les programmes de la chaîne en direct, pour les abonnés MyPitchoun+.', NULL, NULL, 'pitchoun-tv', NULL, NULL
    UNION ALL SELECT 'PODCAST_HIGHLIGHT', 4, 'Les histoires du soir',
           'Une histoire à écouter avant de dormir, chaque semaine.', NULL, NULL, NULL,
           'les-histoires-du-soir-de-pitchoun', NULL
    UNION ALL SELECT 'EVENTS', 5, 'Prochains rendez-vous', '', NULL, NULL, NULL, NULL, 3
) b
WHERE NOT EXISTS (SELECT 1 FROM home_block h WHERE h.kind = b.kind AND h.title = b.title);

-- The carousel shows three chosen programmes, in this order.
INSERT INTO home_block_programme (block_id, position, programme_id)
SELECT h.id, c.position, p.id
FROM home_block h
JOIN (
    SELECT 1 AS position, 'mission-ocean' AS slug
    UNION ALL SELECT 2, 'les-petits-explorateurs'
    UNION ALL SELECT 3, 'les-enigmes-de-lila'
) c
JOIN programme p ON p.slug = c.slug
WHERE h.kind = 'PROGRAMME_CAROUSEL' AND h.title = 'À ne pas manquer'
ON DUPLICATE KEY UPDATE programme_id = VALUES(programme_id);

INSERT INTO menu_item (menu_id, position, label, target, created_at, updated_at)
SELECT m.id, i.position + (SELECT COALESCE(MAX(e.position), 0) FROM menu_item e WHERE e.menu_id = m.id),
       i.label, i.target, NOW(6), NOW(6)
FROM site_menu m
JOIN (
    SELECT 'principal' AS menu, 1 AS position, 'Accueil' AS label, '/' AS target
    UNION ALL SELECT 'principal', 2, 'Le direct', '/direct'
    -- The site's content pages (web-frontend); on a database seeded before them they come after the older links.
    UNION ALL SELECT 'principal', 3, 'Programmes', '/programmes'
    UNION ALL SELECT 'principal', 4, 'Replay', '/replay'
    UNION ALL SELECT 'principal', 5, 'Grille TV', '/grille'
    UNION ALL SELECT 'principal', 6, 'Radios', '/radios'
    UNION ALL SELECT 'principal', 7, 'Événements', '/evenements'
    UNION ALL SELECT 'principal', 8, 'Actualités', '/actualites'
    UNION ALL SELECT 'principal', 9, 'Podcasts', '/podcasts'
    UNION ALL SELECT 'principal', 10, 'Qui sommes-nous', '/pages/qui-sommes-nous'
    UNION ALL SELECT 'pied', 1, 'Mentions légales', '/pages/mentions-legales'
    UNION ALL SELECT 'pied', 2, 'Contact', '/pages/contact'
) i ON i.menu = m.name
ON DUPLICATE KEY UPDATE label = VALUES(label);
