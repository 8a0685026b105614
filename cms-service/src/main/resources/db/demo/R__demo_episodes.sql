-- Demo episodes of the demo programmes (local platform only), written as upserts like the programmes, each linked to
-- a video of the Kinow stand-in's demo catalogue (deploy/wiremock/kinow/mappings/replay-catalogue.json: product
-- 10N per programme, videos 10N0P, their extracts 20N0P; 45-second demo media). Early access:
-- « Les abysses » is MyPitchoun+ only until its broadcast a week after this script first ran (DemoAgenda keeps it
-- ahead on a long-lived database); « Le récif de corail » was broadcast a week before, so MyPitchoun plays it too.
INSERT INTO episode (programme_id, number, slug, title, synopsis, duration_minutes, learning_themes, kinow_video_id,
                     kinow_extract_id, video_duration_seconds, kinow_video_title, early_access_at, broadcast_at,
                     status, publish_at, created_at, updated_at)
SELECT p.id, e.number, e.slug, e.title, e.synopsis, e.duration, e.themes, e.video, e.extract, e.seconds, e.title,
       e.early_access, e.broadcast, 'PUBLISHED', NULL, NOW(6), NOW(6)
FROM programme p
JOIN (
    SELECT 'mission-ocean' AS programme, 1 AS number, 'les-abysses' AS slug, 'Les abysses' AS title,
           'Le Nautilette descend plus bas que jamais et découvre des poissons qui brillent dans le noir.' AS synopsis,
           13 AS duration, 'océan, lumière' AS themes, 10201 AS video, 20201 AS extract, 45 AS seconds,
           UTC_TIMESTAMP(6) - INTERVAL 2 DAY AS early_access, UTC_TIMESTAMP(6) + INTERVAL 7 DAY AS broadcast
    UNION ALL SELECT 'mission-ocean', 2, 'le-recif-de-corail', 'Le récif de corail',
           'Pourquoi le corail blanchit-il ? Les trois amis mènent l''enquête.', 13, 'océan, climat', 10202, 20202, 45,
           UTC_TIMESTAMP(6) - INTERVAL 14 DAY, UTC_TIMESTAMP(6) - INTERVAL 7 DAY
    UNION ALL SELECT 'mission-ocean', 3, 'la-baleine-qui-chantait', 'La baleine qui chantait',
           'Un chant mystérieux guide l''équipage jusqu''à une baleine à bosse.', 13, 'océan, sons', 10203, NULL, 45,
           NULL, NULL
    UNION ALL SELECT 'les-petits-explorateurs', 1, 'la-mare', 'La mare',
           'Zoé et Malik observent les têtards devenir grenouilles.', 11, 'nature, cycle de vie', 10101, 20101, 45,
           NULL, NULL
    UNION ALL SELECT 'les-petits-explorateurs', 2, 'la-foret-en-automne', 'La forêt en automne',
           'Feuilles, glands et champignons : la forêt change de couleurs.', 11, 'nature, saisons', 10102, 20102, 45,
           NULL, NULL
    UNION ALL SELECT 'les-petits-explorateurs', 3, 'le-bord-de-mer', 'Le bord de mer',
           'Crabes, coquillages et marée basse : Zoé et Malik explorent la plage.', 11, 'nature, mer', 10103, NULL, 45,
           NULL, NULL
    UNION ALL SELECT 'le-dragon-timide', 1, 'fafnou-rougit', 'Fafnou rougit',
           'Quand on lui parle, Fafnou devient tout rouge. Ses amis l''aident à oser.', 10, 'émotions, amitié', 10301,
           20301, 45, NULL, NULL
    UNION ALL SELECT 'le-dragon-timide', 2, 'le-concours-de-flammes', 'Le concours de flammes',
           'Fafnou a peur de perdre : et si participer comptait plus que gagner ?', 10, 'émotions, confiance', 10302,
           NULL, 45, NULL, NULL
    UNION ALL SELECT 'les-enigmes-de-lila', 1, 'le-chat-disparu', 'Le chat disparu',
           'Le chat de la voisine a disparu : Lila suit les indices.', 12, 'logique, observation', 10401, 20401, 45,
           NULL, NULL
    UNION ALL SELECT 'les-enigmes-de-lila', 2, 'la-cle-du-grenier', 'La clé du grenier',
           'Une vieille clé, une malle fermée et un code à trouver.', 12, 'logique, chiffres', 10402, NULL, 45, NULL, NULL
    UNION ALL SELECT 'atelier-bricolo', 1, 'la-fusee-en-carton', 'La fusée en carton',
           'Rouleaux, colle et peinture : une fusée prête au décollage.', 9, 'bricolage, espace', 10501, 20501, 45,
           NULL, NULL
    UNION ALL SELECT 'atelier-bricolo', 2, 'le-bateau-en-bouchons', 'Le bateau en bouchons',
           'Des bouchons de liège deviennent un bateau qui flotte vraiment.', 9, 'bricolage, eau', 10502, 20502, 45,
           NULL, NULL
) e ON e.programme = p.slug
ON DUPLICATE KEY UPDATE
    title                  = VALUES(title),
    synopsis               = VALUES(synopsis),
    duration_minutes       = VALUES(duration_minutes),
    learning_themes        = VALUES(learning_themes),
    kinow_video_id         = VALUES(kinow_video_id),
    kinow_extract_id       = VALUES(kinow_extract_id),
    video_duration_seconds = VALUES(video_duration_seconds),
    kinow_video_title      = VALUES(kinow_video_title),
    early_access_at        = VALUES(early_access_at),
    broadcast_at           = VALUES(broadcast_at),
    updated_at             = NOW(6);
