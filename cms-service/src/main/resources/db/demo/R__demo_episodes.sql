-- Demo episodes of two demo programmes (local platform only), written as upserts like the programmes.
INSERT INTO episode (programme_id, number, slug, title, synopsis, duration_minutes, learning_themes, kinow_video_url,
                     early_access_at, status, publish_at, created_at, updated_at)
SELECT p.id, e.number, e.slug, e.title, e.synopsis, e.duration, e.themes, NULL, NULL, 'PUBLISHED', NULL, NOW(6), NOW(6)
FROM programme p
JOIN (
    SELECT 'mission-ocean' AS programme, 1 AS number, 'les-abysses' AS slug, 'Les abysses' AS title,
           'Le Nautilette descend plus bas que jamais et découvre des poissons qui brillent dans le noir.' AS synopsis,
           13 AS duration, 'océan, lumière' AS themes
    UNION ALL SELECT 'mission-ocean', 2, 'le-recif-de-corail', 'Le récif de corail',
           'Pourquoi le corail blanchit-il ? Les trois amis mènent l''enquête.', 13, 'océan, climat'
    UNION ALL SELECT 'mission-ocean', 3, 'la-baleine-qui-chantait', 'La baleine qui chantait',
           'Un chant mystérieux guide l''équipage jusqu''à une baleine à bosse.', 13, 'océan, sons'
    UNION ALL SELECT 'les-petits-explorateurs', 1, 'la-mare', 'La mare',
           'Zoé et Malik observent les têtards devenir grenouilles.', 11, 'nature, cycle de vie'
    UNION ALL SELECT 'les-petits-explorateurs', 2, 'la-foret-en-automne', 'La forêt en automne',
           'Feuilles, glands et champignons : la forêt change de couleurs.', 11, 'nature, saisons'
) e ON e.programme = p.slug
ON DUPLICATE KEY UPDATE
    title            = VALUES(title),
    synopsis         = VALUES(synopsis),
    duration_minutes = VALUES(duration_minutes),
    learning_themes  = VALUES(learning_themes),
    updated_at       = NOW(6);
